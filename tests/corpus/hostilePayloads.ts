/**
 * Hostile text for the names and properties of an imported layer: markup that runs script if it is
 * ever put into HTML, URLs that run script if they are ever followed, CSS that hides or covers the
 * page, and strings that are very long or reorder text. Every payload that could run calls
 * `__xss(n)` (the end-to-end test defines it and records calls), fetches a path with `xss-` in
 * it, or opens a dialog, so execution is seen whichever way it happens.
 *
 * Shared by the unit test of the importer and the end-to-end test that imports the file.
 */

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export const HOSTILE_PAYLOADS: readonly string[] = [
  '<script>__xss(1)</script>',
  '<img src=x onerror="__xss(2)">',
  '<svg onload="__xss(3)">',
  '<svg><script>__xss(4)</script></svg>',
  '"><script>__xss(5)</script>',
  "'><img src=/xss-6 onerror=__xss(6)>",
  'javascript:__xss(7)',
  'JaVaScRiPt:__xss(8)',
  ' javascript:__xss(9)',
  'java\tscript:__xss(10)',
  'data:text/html,<script>__xss(11)</script>',
  `data:text/html;base64,${base64('<script>__xss(12)</script>')}`,
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__xss(13)"/>',
  'vbscript:msgbox(14)',
  '<iframe src="javascript:__xss(15)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(16)</script>"></iframe>',
  '<a href="javascript:__xss(17)">click me 17</a>',
  '<body onload=__xss(18)>',
  '<details open ontoggle=__xss(19)>',
  '<input autofocus onfocus=__xss(20)>',
  '<video><source onerror="__xss(21)"></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(22)>',
  '<style>@import url(/xss-23.css)</style>',
  '<style>body{background:url(/xss-24)}</style>',
  '<div style="background-image:url(/xss-25)">25</div>',
  '<div style="width:expression(__xss(26))">26</div>',
  '</textarea><script>__xss(27)</script>',
  '</title><script>__xss(28)</script>',
  "{{constructor.constructor('__xss(29)')()}}",
  '${__xss(30)}',
  '<object data="javascript:__xss(31)"></object>',
  '<embed src="data:text/html,<script>__xss(32)</script>">',
  '<link rel=stylesheet href=/xss-33.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(34)">',
  '<base href="javascript:__xss(35)//">',
  '<form action="javascript:__xss(36)"><button>36</button></form>',
  '<img src="x" onerror="&#95;&#95;xss(37)">',
  '%3Cscript%3E__xss(38)%3C/script%3E',
  '&lt;script&gt;__xss(39)&lt;/script&gt;',
  '\u202Eexe.txt\u202C right-to-left override 40',
  '\u202E<script>__xss(41)</script>',
  '\u200B\u200D\uFEFFzero-width 42',
  'A'.repeat(100_000),
  '<'.repeat(5_000),
  'あ'.repeat(10_000),
  '\u0000<script>__xss(46)</script>',
  '<svg><animate onbegin=__xss(47) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss(48)"><text x=20 y=20>48</text></a></svg>',
  '<marquee onstart=__xss(49)>49</marquee>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(50)>">',
  "<img src=x onerror=eval('__xss(51)')>",
  '<x onclick=__xss(52)>click me 52</x>',
  'https://example.com/"><script>__xss(53)</script>',
  'http://example.com/plain-http-54',
  '//example.com/protocol-relative-55',
  'https:javascript:__xss(56)',
  '\u0000javascript:__xss(57)',
  '<style>*{display:none!important}</style>58',
  '<div style="position:fixed;inset:0;z-index:99999;background:red">59</div>',
  '[click 60](javascript:__xss(60))',
  `<img src="data:image/svg+xml;base64,${base64('<svg xmlns="http://www.w3.org/2000/svg" onload="__xss(61)"/>')}">`,
  '<script src=/xss-62.js></script>',
  "<div onmouseover='__xss(63)' style='position:fixed;inset:0'>63</div>",
  '<img src=/xss-64>',
  'alert(65)',
  '<dialog open onclose=__xss(66)>66</dialog>',
  '__proto__',
  'constructor',
];

/** Of the payloads, the only ones the atlas may make into links: whole https: URLs. */
export const HTTPS_LINKS: readonly string[] = ['https://example.com/safe-link', 'HTTPS://EXAMPLE.COM/UPPER'];

/**
 * One point per payload, on a grid over western Japan: the payload is the feature's name, a property
 * value, and a property key; `link` holds it too, so a URL-like payload is offered as a link if the
 * atlas ever got that wrong. Two more features carry genuine https links.
 */
export function hostileGeoJson() {
  const point = (i: number) => [129 + (i % 10) * 0.5, 31 + Math.floor(i / 10) * 0.5];
  const features = HOSTILE_PAYLOADS.map((payload, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: point(i) },
    properties: { name: payload, note: payload, link: payload, [payload.slice(0, 200)]: i + 1 },
  }));
  HTTPS_LINKS.forEach((href, i) =>
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: point(HOSTILE_PAYLOADS.length + i) },
      properties: { name: `safe link ${i + 1}`, note: 'a genuine https link', link: href, [href]: 0 },
    }),
  );
  return { type: 'FeatureCollection', name: '<script>__xss(0)</script>', features };
}
