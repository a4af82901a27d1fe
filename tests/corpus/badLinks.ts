/**
 * Malformed and hostile links, generated: every key the atlas reads (and some it does not) with
 * values that are empty, out of range, badly encoded, huge, or written to attack a page that
 * would put them into HTML; plus whole hashes and query strings that are junk. Shared by the unit
 * test of the hash codec and the end-to-end test that loads each one.
 */

/** Each value is used as written (already percent-encoded where it says so). */
const VALUES = [
  '',
  'undefined',
  'NaN',
  '99999999999999999999',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'javascript:alert(1)',
  '%',
  '%E0%A4%A',
  '%00',
  '%E2%80%AE', // right-to-left override
  'a'.repeat(3000),
  '%F0%9F%92%A5',
];

const KEYS = [
  'map',
  'feature',
  'layers',
  'lang',
  'basemap',
  'paragraph',
  'q',
  'view',
  'year',
  'embed',
  'quiz',
  'lock',
  'filter',
  '__proto__',
  'constructor',
  '',
];

/** Whole hashes and query strings that are junk as a whole. */
const WHOLE = [
  '#',
  '##',
  '#&&&',
  '#=',
  '#%',
  '#map',
  '#map=4/33/134&map=nonsense',
  '#map=0/0/0',
  '#map=99/999/999',
  '#map=4.2/33.5',
  '#map=4.2/abc/134',
  '#layers=us-facilities,us-facilities,nothing',
  '#feature=no-such-place',
  '#paragraph=no-such-part',
  '#filter=service:Navy;pref:%3Cb%3E;use:;status:x',
  '#year=1899',
  `#${'a=b&'.repeat(2000)}`,
  '?lang=en',
  '?%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?__proto__[x]=1#lang=en',
];

/** At least 200 distinct links, in a fixed order, each a path suffix (`?…` or `#…`). */
export const BAD_LINKS: readonly string[] = [
  ...KEYS.flatMap((key) => VALUES.map((value) => `#${key}=${value}`)),
  ...WHOLE,
];

/**
 * One link for each distinct state the atlas starts in from BAD_LINKS (by index): the end-to-end
 * test loads these in full, as the unit test (src/state/badLinks.test.ts) has checked every link's
 * starting state and keeps this list in step with the parser. Links with the same starting state
 * differ only in what the parser refused.
 */
const START_INDEXES = [
  0, 13, 14, 16, 26, 27, 39, 52, 65, 66, 68, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 104, 117,
  130, 143, 156, 157, 169, 182, 195, 209, 212, 214, 215, 219, 220, 221, 222, 224, 225, 226, 227,
];
export const BAD_LINK_STARTS: readonly string[] = START_INDEXES.map((i) => BAD_LINKS[i] as string);
