#!/usr/bin/env bash
# Makes sure Debian's Chromium, a Japanese font (for readable screenshots and PDFs) and pdftoppm
# (to look at printed PDFs) are installed for the end-to-end tests. Playwright cannot download its own browser here; Debian's package works.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ] && command -v pdftoppm >/dev/null && fc-list :lang=ja 2>/dev/null | grep -q .; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM, pdftoppm or a Japanese font is missing. Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk poppler-utils" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk poppler-utils >/dev/null
echo "ensure-chromium: installed $("$CHROMIUM" --version)"
