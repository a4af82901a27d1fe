/**
 * axe-core on the main views in both languages: no serious or critical violation. And the map by
 * keyboard alone, as a screen-reader user meets it: one tab stop whose description says what is
 * in view, number keys to open or zoom in to what its index lists.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  atlasSuite,
  details,
  openAtlas,
  ORIGIN,
  screenshot,
  until,
  viewInLink,
  waitForMapIdle,
} from './driver';

const VIEWS: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'map', hash: '', ready: waitForMapIdle },
  {
    name: 'details',
    hash: 'feature=return-lower-plaza',
    ready: async (p) => void (await p.locator('.details').waitFor()),
  },
  {
    name: 'reader',
    hash: 'paragraph=s3-p3',
    ready: async (p) => void (await p.locator('.reader-part.active').waitFor()),
  },
  { name: 'list', hash: 'view=list', ready: async (p) => void (await p.locator('.feature-table').waitFor()) },
  { name: 'returns', hash: 'year=2017', ready: async (p) => void (await p.locator('.returns').waitFor()) },
  { name: 'search', hash: 'q=沖縄', ready: async (p) => void (await p.locator('.search input').focus()) },
];

describe('Accessibility (axe-core)', () => {
  const suite = atlasSuite();

  for (const lang of ['ja', 'en'] as const) {
    // One page per language: opened on the map, then its link edited to each view in turn, as a
    // reader following links would (each view's link is also loaded fresh by other specs).
    describe(lang, () => {
      let page: Page | undefined;
      before(async () => {
        page = (await openAtlas(suite.browser, `#lang=${lang}`)).page;
      });
      after(async () => page?.close());

      for (const view of VIEWS) {
        it(`${view.name} view in ${lang} has no serious or critical violations, also under forced colours`, async () => {
          const p = page!;
          await p.emulateMedia({ forcedColors: 'none' });
          if (view.hash)
            await p.evaluate((hash) => (window.location.hash = hash), `#lang=${lang}&${view.hash}`);
          await view.ready(p);
          assert.deepEqual(await seriousViolations(p), []);
          // Windows high contrast replaces the page's colours: the same view, checked again, and
          // what is chosen (the main view, the tab, the basemap) still marked by more than a
          // background, which forced colours replace.
          // Only the rules that read colours: the page's structure and names are the same as above.
          await p.emulateMedia({ forcedColors: 'active' });
          assert.deepEqual(await seriousViolations(p, COLOUR_RULES), [], 'under forced colours');
          if (view.name === 'details') {
            await screenshot(p, `forced-colors-${lang}`);
            for (const selector of [
              '.view-switch [aria-pressed="true"]',
              '[role="tab"][aria-selected="true"]',
              '.map-options label:has(input:checked)',
            ]) {
              const mark = await p
                .locator(selector)
                .first()
                .evaluate((el) => {
                  const style = getComputedStyle(el);
                  return style.outlineStyle !== 'none' ? style.outlineStyle : style.borderBottomStyle;
                });
              assert.notEqual(mark, 'none', `${selector} is marked under forced colours`);
            }
          }
        });
      }
    });
  }
});

/** axe-core's rules that depend on the colours drawn (the rest read structure, names and roles). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's serious and critical violations on the page as it is (all rules, or those named). */
async function seriousViolations(p: Page, rules?: string[]): Promise<string[]> {
  // Violations only: the passes and the undecided checks are not read here, and leaving them out
  // makes each run about a quarter cheaper.
  const builder = new AxeBuilder({ page: p }).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
}

describe('The map by keyboard alone', () => {
  const suite = atlasSuite();

  for (const lang of ['en', 'ja'] as const) {
    it(`reaches the map, hears what is in view, opens Kadena's quote, then Yokosuka's, in at most 25 keys (${lang})`, async () => {
      const { page, errors } = await openAtlas(suite.browser, `#lang=${lang}`);
      await waitForMapIdle(page);
      let presses = 0;
      const press = async (key: string) => {
        presses += 1;
        await page.keyboard.press(key);
      };
      const focused = () =>
        page.evaluate(() => ({
          text: document.activeElement?.textContent ?? '',
          canvas: document.activeElement?.classList.contains('maplibregl-canvas') ?? false,
          feature: document.activeElement?.getAttribute('data-feature') ?? null,
        }));
      const status = page.locator('.feature-index-said');

      // From the top of the page, the skip links come first; the third leads into the map.
      const skip = lang === 'en' ? 'Skip to the map' : '地図へ移動';
      while (!(await focused()).text.startsWith(skip) && presses < 5) await press('Tab');
      await press('Enter');
      await until(focused, (f) => f.canvas, 'focus in the map');
      const description = await page
        .locator('.maplibregl-canvas')
        .evaluate(
          (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
        );
      assert.match(
        description,
        // How many, around where (the place nearest the centre, its prefecture), and of what kinds.
        lang === 'en'
          ? /^\d+ places in view, around .+ \(\d+ U\.S\. facilities(, \d+ [a-zA-Z. ]+)*\)\. /
          : /^表示中の場所 \d+件[((].+の周辺。米軍施設\d+(、[^、)]+\d+)*[))]。/,
      );
      assert.match(description, lang === 'en' ? /Number keys/ : /数字キー/);

      /** Presses the number of the index entry that holds the place until the place opens. */
      async function open(id: string) {
        for (let step = 0; step < 6; step++) {
          const entries = await page
            .locator('.feature-index li')
            .evaluateAll((items) => items.map((li) => (li.getAttribute('data-ids') ?? '').split(' ')));
          const n = entries.findIndex((ids) => ids.includes(id));
          assert.ok(n >= 0, `${id} is in the index: ${JSON.stringify(entries)}`);
          const before = await viewInLink(page);
          await press(String(n + 1));
          if (entries[n]!.length === 1) return;
          const chooser = page.locator('.chooser');
          const next = await until(
            async () =>
              (await chooser.count()) > 0 ? 'chooser' : (await viewInLink(page)) !== before ? 'moved' : null,
            (what) => what !== null,
            'the map to zoom in, or a choice of the places on one spot',
          );
          if (next === 'chooser') {
            while ((await focused()).feature !== id && presses < 25) await press('Tab');
            await press('Enter');
            return;
          }
          await waitForMapIdle(page);
          // What the move brought into view is said, politely.
          await until(
            async () => (await status.textContent()) ?? '',
            (text) => (lang === 'en' ? /places? in view/ : /表示中の場所/).test(text),
            'the view said after the move',
          );
        }
      }

      await open('kadena');
      await details(page, 'kadena').locator('.quote').first().waitFor();
      assert.match((await details(page, 'kadena').locator('.quote').first().textContent()) ?? '', /嘉手納/);

      // Esc closes it and gives the map its focus back; 0 shows all of Japan again.
      await press('Escape');
      await until(focused, (f) => f.canvas, 'focus back in the map');
      const before = await viewInLink(page);
      await press('0');
      await until(
        () => viewInLink(page),
        (view) => view !== before,
        'all of Japan',
      );
      await waitForMapIdle(page);
      await open('yokosuka');
      await details(page, 'yokosuka').locator('.quote').first().waitFor();
      assert.ok(presses <= 25, `${presses} key presses`);
      console.log(`map by keyboard (${lang}): ${presses} key presses`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('The accessibility statement', () => {
  const suite = atlasSuite();

  it('is linked from the panel in the reader’s language, reads in both, and axe finds nothing serious', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await page.waitForURL(/\/accessibility\.html#en$/);
    const english = page.locator('section#en[lang="en"] h1');
    await english.waitFor();
    assert.equal(await english.textContent(), 'Accessibility statement');
    assert.match(
      (await page.locator('section#ja').textContent()) ?? '',
      /JIS X 8341-3:2016 の適合レベル AA に配慮/,
    );
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'accessibility-statement-en');
    // And back to the atlas, in English.
    await page.getByRole('link', { name: 'Back to the atlas' }).click();
    await page.locator('.layer[data-layer="us-facilities"]').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // On a phone, in Japanese: nothing wider than the screen but the table of tests.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${ORIGIN}/accessibility.html#ja`);
    await page.locator('section#ja h1').waitFor();
    await screenshot(page, 'accessibility-statement-ja-phone');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
