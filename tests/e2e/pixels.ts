/**
 * Reading what the map drew: pixels of the map canvas (from a screenshot, as a person sees it) and
 * colour tests on them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export type Rgb = [number, number, number];
/** Where specs write what a person may want to look at. */
export const SCREENSHOT_DIR = 'test-results/screenshots';

async function canvasBox(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return box;
}

function toRgb(data: Buffer): Rgb[] {
  const pixels: Rgb[] = [];
  for (let i = 0; i < data.length; i += 4) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!]);
  return pixels;
}

/** The centre of the map on the page, in CSS pixels. */
export async function mapCentre(page: Page): Promise<[number, number]> {
  const box = await canvasBox(page);
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** Pixels of a square of side 2 × half around a point of the page. */
export async function pixelsAt(page: Page, x: number, y: number, half: number): Promise<Rgb[]> {
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: x - half, y: y - half, width: half * 2, height: half * 2 } }),
  );
  return toRgb(png.data);
}

/** Pixels of a square of side 2 × half around the map's centre. */
export async function centrePixels(page: Page, half = 14): Promise<Rgb[]> {
  const [x, y] = await mapCentre(page);
  return pixelsAt(page, x, y, half);
}

/** The whole map canvas as RGBA bytes. */
export async function canvasBytes(page: Page): Promise<Buffer> {
  return PNG.sync.read(await page.screenshot({ clip: await canvasBox(page) })).data;
}

/** The whole map canvas as pixels. */
export async function canvasPixels(page: Page): Promise<Rgb[]> {
  return toRgb(await canvasBytes(page));
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether any pixel is within `tolerance` of the colour (per channel). */
export function hasColour(pixels: Rgb[], hex: string, tolerance = 14): boolean {
  const [r, g, b] = hexToRgb(hex);
  return pixels.some(
    ([pr, pg, pb]) =>
      Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance,
  );
}

/** The share of pixels that differ by more than a little between two same-sized RGBA images. */
export function difference(a: Buffer, b: Buffer): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (
      Math.abs(a[i]! - b[i]!) > 24 ||
      Math.abs(a[i + 1]! - b[i + 1]!) > 24 ||
      Math.abs(a[i + 2]! - b[i + 2]!) > 24
    )
      differing += 1;
  }
  return differing / (a.length / 4);
}

/**
 * Where a colour is along a band of the map (rows y − half … y + half, the canvas's whole width):
 * the page x of its leftmost and rightmost pixels, or null where it is not drawn.
 */
export async function colourExtent(
  page: Page,
  y: number,
  hex: string,
  { half = 10, tolerance = 30 } = {},
): Promise<[number, number] | null> {
  const box = await canvasBox(page);
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: box.x, y: y - half, width: box.width, height: half * 2 } }),
  );
  const [r, g, b] = hexToRgb(hex);
  let min = Infinity;
  let max = -Infinity;
  for (let row = 0; row < png.height; row++) {
    for (let col = 0; col < png.width; col++) {
      const i = (row * png.width + col) * 4;
      const near =
        Math.abs(png.data[i]! - r) <= tolerance &&
        Math.abs(png.data[i + 1]! - g) <= tolerance &&
        Math.abs(png.data[i + 2]! - b) <= tolerance;
      if (near) {
        min = Math.min(min, col);
        max = Math.max(max, col);
      }
    }
  }
  return min === Infinity ? null : [box.x + min, box.x + max];
}

/**
 * A page of a PDF as pixels (poppler's pdftoppm at 50 dpi), between two heights given as shares of
 * the page (0 top, 1 bottom); the page image is also written to the screenshot folder as
 * `<name>-<page>.png`, for a person to look at.
 */
export function pdfPagePixels(pdf: string, page: number, name: string, from: number, to: number): Rgb[] {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const prefix = join(SCREENSHOT_DIR, name);
  execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), '-png', pdf, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}-${page}.png`));
  const pixels: Rgb[] = [];
  for (let y = Math.round(png.height * from); y < Math.round(png.height * to); y += 2)
    for (let x = 0; x < png.width; x += 2) {
      const i = (y * png.width + x) * 4;
      pixels.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
    }
  return pixels;
}
