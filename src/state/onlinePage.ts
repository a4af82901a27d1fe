/**
 * The page for the online basemap. The built index.html's Content Security Policy allows no origin
 * but the atlas's own; online.html is the same page whose policy also allows the GSI tile server
 * (scripts/vite/csp.ts). Choosing the GSI map on a page whose policy does not allow it, or opening a
 * link with basemap=gsi there, goes to online.html with the same link. Pure: the caller passes the
 * page's address and policy, and navigates.
 */
import { isOnlineBasemap, type BasemapId } from './hashState';

export const GSI_ORIGIN = 'https://cyberjapandata.gsi.go.jp';
export const ONLINE_PAGE = 'online.html';

/** Whether a page's policy (the meta tag's content, or null for none) lets the GSI tiles load. */
export function policyAllowsGsi(policy: string | null): boolean {
  if (policy === null) return true;
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
  const allows = (name: string) =>
    (directives.get(name) ?? directives.get('default-src'))?.includes(GSI_ORIGIN) ?? true;
  return allows('img-src') && allows('connect-src');
}

/** The link's hash with basemap=<the GSI map> (whatever basemap it had), other parts kept as they were. */
export function hashWithGsi(hash: string, basemap: BasemapId = 'gsi'): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('basemap='));
  return `#${[...parts, `basemap=${basemap}`].join('&')}`;
}

/**
 * Where to go to show `basemap` on the page at `href` with `policy`: online.html beside it, with
 * the same link and that basemap; or null when this page can show it.
 */
export function onlinePageFor(href: string, policy: string | null, basemap: BasemapId): string | null {
  if (!isOnlineBasemap(basemap) || policyAllowsGsi(policy)) return null;
  const url = new URL(href);
  // Never from online.html to itself, whatever its policy says: that would reload for ever.
  if (url.pathname.endsWith(`/${ONLINE_PAGE}`)) return null;
  url.pathname = url.pathname.replace(/[^/]*$/, ONLINE_PAGE);
  url.hash = hashWithGsi(url.hash, basemap);
  return url.href;
}
