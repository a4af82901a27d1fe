/**
 * The Content Security Policy of the built pages, as a `<meta http-equiv>` (a static host cannot be
 * relied on to send headers). Only the production build gets it: Vite's dev server injects inline
 * scripts (HMR, React refresh), and the benchmark build's bare page has an inline style.
 *
 * index.html allows no origin but its own. online.html is the same page whose policy also allows
 * the GSI tile server, for readers who choose the online basemap (src/state/onlinePage.ts sends them
 * there). A meta policy cannot set frame-ancestors, report-uri or sandbox; a host that wants them
 * sends them as headers.
 */
import type { Plugin } from 'vite';
// The one external origin the atlas may use, and only on online.html; the app reads the same names.
import { GSI_ORIGIN, ONLINE_PAGE } from '../../src/state/onlinePage';

export function contentSecurityPolicy(online = false): string {
  const gsi = online ? ` ${GSI_ORIGIN}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${gsi}`,
    "font-src 'self'",
    // blob: for the map's copy of an imported layer, which MapLibre's worker fetches (src/data/importedLayers.ts).
    `connect-src 'self'${gsi} blob:`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const metaTag = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** Adds the policy to the built index.html and emits online.html beside it. */
export function cspPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!/<meta charset="UTF-8" \/>/.test(html))
          throw new Error('atlas-csp: no <meta charset> to follow');
        // Right after the charset, before anything the policy governs.
        return html.replace(
          /<meta charset="UTF-8" \/>/,
          (m) => `${m}\n    ${metaTag(contentSecurityPolicy())}`,
        );
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') throw new Error('atlas-csp: the build has no index.html');
        const html = String(index.source);
        const offline = metaTag(contentSecurityPolicy());
        if (!html.includes(offline)) throw new Error('atlas-csp: index.html lost its policy');
        this.emitFile({
          type: 'asset',
          fileName: ONLINE_PAGE,
          source: html.replace(offline, metaTag(contentSecurityPolicy(true))),
        });
      },
    },
  };
}
