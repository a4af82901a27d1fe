/**
 * What a person does with the atlas, for the specs: open a place from the layer list, tick a layer,
 * search, read a place's details, add a file; and the waits that follow them. Every wait is for
 * something the atlas shows or says (an element, an attribute, the link, a drawn colour), never
 * for a fixed time.
 */
import type { Download, Locator, Page } from 'playwright-core';
import { centrePixels, hasColour, mapCentre } from './pixels';

/**
 * Reads `read()` again and again until `accept` takes its value, and returns that value; fails
 * after `timeout` ms naming what it waited for and the last value read. For state a person sees
 * only by looking again (drawn pixels, what the browser has stored); the pause between reads is
 * the polling interval, not a wait for time to pass.
 */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T;
  for (let interval = 25; ; interval = Math.min(interval * 2, 250)) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`waited ${timeout} ms for ${what}; last seen: ${JSON.stringify(last).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Waits until the map has drawn everything for the current view (MapLibre's `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('.maplibregl-map[data-map-idle="true"]', { timeout: 30_000 });
}

/** Waits until the map shows (or, with `present: false`, no longer shows) a colour around its centre. */
export async function waitForCentreColour(
  page: Page,
  hex: string,
  { present = true, half = 8, tolerance = 14 } = {},
): Promise<void> {
  await until(
    async () => hasColour(await centrePixels(page, half), hex, tolerance),
    (seen) => seen === present,
    `${hex} ${present ? 'to be drawn' : 'to be gone'} at the map's centre`,
  );
}

export async function clickMapCentre(page: Page): Promise<void> {
  const [x, y] = await mapCentre(page);
  await page.mouse.click(x, y);
}

/** The details of a place, wherever they show (popup, side or bottom sheet). */
export function details(page: Page, id: string): Locator {
  return page.locator(`.details[data-feature="${id}"]`);
}

/** Opens a layer's place list in the Layers tab and opens a place from it, as a person clicks. */
export async function openPlaceFromList(page: Page, layer: string, id: string): Promise<Locator> {
  const group = page.locator(`.layer[data-layer="${layer}"]`);
  const button = group.locator(`button.place[data-feature="${id}"]`);
  if (!(await button.isVisible())) await group.locator('summary').first().click();
  await button.click();
  const opened = details(page, id);
  await opened.waitFor();
  return opened;
}

/** Ticks or unticks a layer's box in the layer list, by the start of its visible label. */
export async function setLayerShown(page: Page, label: string | RegExp, shown: boolean): Promise<void> {
  const box = page.getByRole('checkbox', {
    name: typeof label === 'string' ? new RegExp(`^${label}`) : label,
  });
  await box.setChecked(shown);
}

/** Types into the search box and waits until its results are current. */
export async function search(page: Page, text: string): Promise<Locator> {
  const input = page.locator('.search input');
  await input.fill(text);
  const results = page.locator('.search-results[aria-busy="false"]');
  await results.waitFor({ state: 'attached' });
  return results;
}

/** Adds a file through the Layers tab's file picker, as a person chooses it. */
export async function chooseFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Add a GeoJSON file|GeoJSONファイルを追加/ }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
  });
}

/** The view in the link (`map=zoom/lat/lng`), as the atlas wrote it after the map last moved. */
export async function viewInLink(page: Page): Promise<string | null> {
  const hash = await page.evaluate(() => window.location.hash);
  return /map=([^&]+)/.exec(hash)?.[1] ?? null;
}

/**
 * Edits the link in the open tab, as a reader would, to one whose view is elsewhere, and waits
 * until the map has moved there (MapLibre's `moveend`) and then drawn it all (`idle`). Listening
 * before the edit: the atlas reads the link on `hashchange`, after this returns to the page.
 */
export async function editLinkAndWaitForMap(page: Page, hash: string): Promise<void> {
  await page.evaluate((next) => {
    const map = (window as unknown as { __benchMap: { once(event: string, listener: () => void): void } })
      .__benchMap;
    // Resolved with nothing: MapLibre's event holds the whole map, which Playwright would copy
    // back to the test (about two seconds a call, growing as the map loads more tiles).
    const drawn = new Promise<void>((resolve) =>
      map.once('moveend', () => map.once('idle', () => resolve())),
    );
    window.location.hash = next;
    return drawn;
  }, hash);
}

/**
 * Does something that moves the map (open a place, go to a region) and waits until the map has
 * moved (the link's view changes when a move ends) and then drawn the new view.
 */
export async function afterMapMoves(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await viewInLink(page);
  await act();
  await until(
    () => viewInLink(page),
    (view) => view !== before,
    'the map to move (the link’s view to change)',
  );
  await waitForMapIdle(page);
}

/**
 * What sticks out of the viewport sideways: elements cut by its left or right edge (wholly
 * off-screen ones, such as a closed drawer or a skip link, are not cut), unless an ancestor that
 * scrolls or clips sideways holds them, and the page's own sideways scroll. Empty when the layout fits.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const cutRight = rect.left < width - 1 && rect.right > width + 1;
      const cutLeft = rect.left < -1 && rect.right > 1;
      if (!cutRight && !cutLeft) continue;
      let held = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') {
          const r = a.getBoundingClientRect();
          held = r.left >= -1 && r.right <= width + 1;
          break;
        }
      }
      if (held) continue;
      const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/).join('.') : '';
      const text = (el.textContent ?? '').trim().slice(0, 30);
      found.push(
        `${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''} [${Math.round(rect.left)}–${Math.round(rect.right)}] “${text}”`,
      );
    }
    return found;
  });
}

/** The text of a file the atlas offered for download (works with a connected browser too). */
export async function downloadedText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Where a place is drawn on the page, worked out from the view in the link (MapLibre's Web
 * Mercator, 512-pixel world at zoom 0) and the map canvas's box; null if the link has no view.
 */
export async function placeOnPage(
  page: Page,
  [lng, lat]: [number, number],
): Promise<[number, number] | null> {
  const view = (await viewInLink(page))?.split('/').map(Number);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!view || view.length !== 3 || !box) return null;
  const [zoom, centreLat, centreLng] = view as [number, number, number];
  const world = 512 * 2 ** zoom;
  const mercator = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  return [
    box.x + box.width / 2 + ((lng - centreLng) / 360) * world,
    box.y + box.height / 2 - ((mercator(lat) - mercator(centreLat)) / (2 * Math.PI)) * world,
  ];
}
