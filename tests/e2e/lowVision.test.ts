/**
 * Low vision and colour vision: the map size (symbols, labels and lines 1×, 1.5×, 2×) remembered
 * across visits; every layer told apart by shape and by colour under simulated colour-vision
 * deficiencies (Chromium's own emulation, as DevTools applies it); axe-core at 2×; every control
 * a target of at least 24×24 CSS pixels (WCAG 2.2's 2.5.8). Forced colours (Windows high
 * contrast) are checked with every view in accessibility.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import {
  atlasSuite,
  centredOn,
  colourExtent,
  LAYERS,
  mapCentre,
  openAtlas,
  screenshot,
  until,
  waitForMapIdle,
} from './driver';

const FACILITY = '#D55E00';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4)}`);
}

/** How wide the facility's square is drawn across the map's centre, in CSS pixels. */
async function symbolWidth(page: Page): Promise<number> {
  const [, y] = await mapCentre(page);
  const extent = await colourExtent(page, y, FACILITY, { half: 4, tolerance: 20 });
  return extent ? extent[1] - extent[0] + 1 : 0;
}

describe('Low vision and colour vision', () => {
  const suite = atlasSuite();

  it('draws symbols twice as large at 2×, remembers it on the next visit, and axe finds nothing serious at 2× (en, ja)', async () => {
    // Camp Shields: a facility on its own, with no circle of its area around it.
    const hash = `#lang=en&${centredOn('shields')}&layers=us-facilities`;
    const { page, errors } = await openAtlas(suite.browser, hash);
    await waitForMapIdle(page);
    const at1 = await symbolWidth(page);
    assert.ok(at1 >= 12, `the square is drawn at 1× (${at1} px)`);
    await page.getByLabel('Symbols and labels 2 times').check();
    const at2 = await until(
      () => symbolWidth(page),
      (w) => w >= at1 * 1.8,
      'the square to be drawn twice as wide',
    );
    assert.ok(at2 <= at1 * 2.2, `twice, not more: ${at1} → ${at2} px`);
    await waitForMapIdle(page);
    await screenshot(page, 'map-size-2x-en');
    assert.deepEqual(await seriousViolations(page), [], 'axe at 2× (en)');

    // The next visit, in the same browser, opens at 2×; in Japanese too.
    const next = await page.context().newPage();
    await next.goto(page.url().replace('lang=en', 'lang=ja'));
    await waitForMapIdle(next);
    assert.equal(await next.getByLabel('記号と文字 2倍').isChecked(), true);
    const again = await symbolWidth(next);
    assert.ok(Math.abs(again - at2) <= 2, `the same size on the next visit: ${at2} and ${again} px`);
    await screenshot(next, 'map-size-2x-ja');
    assert.deepEqual(await seriousViolations(next), [], 'axe at 2× (ja)');
    assert.deepEqual(errors, []);
    await next.close();
    await page.close();
  });

  it('moves the map at once when reduced motion is asked for, and flies when it is not', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    /** How many frames of movement a "Go to" button's move took. */
    const movesFor = async (region: string) => {
      await page.evaluate(() => {
        const map = (window as unknown as { __benchMap: { on: (e: string, f: () => void) => void } })
          .__benchMap;
        Object.assign(window, { __moves: 0 });
        map.on('move', () =>
          Object.assign(window, { __moves: (window as unknown as { __moves: number }).__moves + 1 }),
        );
      });
      const before = await page.evaluate(() => window.location.hash);
      await page.getByRole('button', { name: region, exact: true }).click();
      await page.waitForFunction((was) => window.location.hash !== was, before);
      await waitForMapIdle(page);
      return page.evaluate(() => (window as unknown as { __moves: number }).__moves);
    };
    // The page asks for reduced motion (the driver's default): a jump, at most two "move" events
    // with no frames between them, against dozens for a flight.
    const jumping = await movesFor('Okinawa Island');
    assert.ok(jumping <= 2, `a jump with reduced motion (${jumping} moves)`);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const flying = await movesFor('Kanto');
    assert.ok(flying >= 5, `a flight over several frames otherwise (${flying} moves)`);
    console.log(`reduced motion: ${jumping} moves; otherwise ${flying}`);
    await page.close();
  });

  it('tells every layer apart by its shape, and by colour under simulated deuteranopia, protanopia and tritanopia', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&map=6.5/26.6/128.2');
    await waitForMapIdle(page);
    const cdp = await page.context().newCDPSession(page);
    const symbols = new Map<string, { mask: boolean[]; colour: [number, number, number] }>();
    const report: string[] = [];
    for (const vision of ['none', 'deuteranopia', 'protanopia', 'tritanopia'] as const) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: vision });
      await screenshot(page, `colour-vision-${vision}`);
      for (const layer of LAYERS) {
        const png = PNG.sync.read(
          await page.locator(`.layer[data-layer="${layer}"] .layer-row svg`).screenshot(),
        );
        symbols.set(layer, inkOf(png));
      }
      // Every pair of layers is told apart: by shape always (their symbols differ in at least a
      // fifth of the pixels either inks), and where this vision merges their colours, by a shape
      // that differs in at least half.
      const alike: string[] = [];
      for (const [a, b] of pairs(LAYERS)) {
        const shape = maskDifference(symbols.get(a)!.mask, symbols.get(b)!.mask);
        const colour = distance(symbols.get(a)!.colour, symbols.get(b)!.colour);
        if (colour < 40) alike.push(`${a}/${b} ${colour.toFixed(0)} (shapes ${shape.toFixed(2)})`);
        assert.ok(
          shape >= (colour < 40 ? 0.5 : 0.2),
          `${vision}: ${a} and ${b} differ in shape by ${shape.toFixed(2)}, in colour by ${colour.toFixed(0)}`,
        );
      }
      report.push(`${vision}: ${alike.length ? `alike in colour ${alike.join(', ')}` : 'all colours apart'}`);
    }
    console.log(`colour vision: ${report.join('; ')}`);
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    await page.close();
  });

  it('makes every control a target of at least 24×24 pixels, on a desktop and a phone', async () => {
    for (const viewport of [
      { width: 1024, height: 640 },
      { width: 390, height: 844 },
    ]) {
      const { page } = await openAtlas(suite.browser, '#lang=en', viewport);
      await waitForMapIdle(page);
      const small = await page.evaluate(SMALL_TARGETS);
      assert.deepEqual(small, [], `targets under 24 px at ${viewport.width}×${viewport.height}`);
      // Each of the panel's tabs, and the List view, on the desktop.
      if (viewport.width > 700) {
        for (const [tab, content] of [
          ['Document', '.reader-part'],
          ['Returns', '.returns .chart'],
          ['Quiz', '.quiz'],
        ] as const) {
          await page.getByRole('tab', { name: tab }).click();
          await page.locator(content).first().waitFor();
          assert.deepEqual(await page.evaluate(SMALL_TARGETS), [], `targets under 24 px on the ${tab} tab`);
        }
        await page.getByRole('button', { name: 'List', exact: true }).click();
        await page.locator('.feature-table').waitFor();
        assert.deepEqual(await page.evaluate(SMALL_TARGETS), [], 'targets under 24 px in the List view');
      }
      await page.close();
    }
  });
});

/** Every visible control whose target is under 24×24 CSS pixels, described (runs in the page). */
const SMALL_TARGETS = () => {
  const controls = [
    ...document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, summary, [role="tab"]',
    ),
  ].filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'));
  // A box's target is its label (a click on either ticks it).
  const targets = controls
    // A link within a sentence, or the map's line of credits, is exempt (2.5.8 "inline").
    .filter(
      (el) =>
        !(
          el.tagName === 'A' &&
          el.closest('p, li:not(.place), dd, blockquote, figcaption, .maplibregl-ctrl-attrib-inner')
        ),
    )
    .map((el) => {
      const box =
        el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) && el.labels?.[0]
          ? el.labels[0]
          : el;
      return { el, rect: box.getBoundingClientRect() };
    });
  // Strict: no target relies on 2.5.8's spacing exception.
  return targets
    .filter(({ rect }) => rect.width < 23.5 || rect.height < 23.5)
    .map(
      ({ el, rect }) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
    );
};

function* pairs<T>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) yield [items[i]!, items[j]!];
}

/** A symbol's ink (pixels not the panel's background) and its most saturated colour. */
function inkOf(png: PNG): { mask: boolean[]; colour: [number, number, number] } {
  const mask: boolean[] = [];
  const background = [png.data[0]!, png.data[1]!, png.data[2]!];
  let colour: [number, number, number] = [0, 0, 0];
  let best = -1;
  for (let i = 0; i < png.data.length; i += 4) {
    const rgb: [number, number, number] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    const ink = distance(rgb, background as [number, number, number]) > 40;
    mask.push(ink);
    if (!ink) continue;
    // The layer's colour: the pixel furthest from white (the symbols' outline is white).
    const fromWhite = distance(rgb, [255, 255, 255]);
    if (fromWhite > best) [best, colour] = [fromWhite, rgb];
  }
  return { mask, colour };
}

/** The share of inked pixels that only one of two symbols inks. */
function maskDifference(a: boolean[], b: boolean[]): number {
  let either = 0;
  let one = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] || b[i]) either++;
    if (a[i] !== b[i]) one++;
  }
  return either ? one / either : 0;
}

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
