/**
 * End-to-end: the links of the bad-links corpus (tests/corpus/badLinks.ts) load the atlas, with
 * its data, and never a blank page, an uncaught error or a script from the link; a link the atlas
 * could not read says so in a notice.
 *
 * The atlas reads a link once, through one pure function (initialState), whose result for each of
 * the corpus's links the unit test checks against the parser's bounds (src/state/badLinks.test.ts).
 * So the full loads here are one per distinct starting state that function gives (BAD_LINK_STARTS,
 * which the unit test keeps in step: 39 of 228 links today, as most junk values are refused and
 * start the atlas as a default does, with a notice naming the key); a hostile value the parser keeps
 * (a search text, say) is a state of its own and loads.
 * The live test applies every one of the corpus's hashes in an open atlas.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BAD_LINK_STARTS, BAD_LINKS } from '../corpus/badLinks';
import { atlasSuite, details, ignoreClosed, openAtlas, ORIGIN } from './driver';

describe('Bad links', () => {
  const suite = atlasSuite();

  const starting = BAD_LINK_STARTS;

  it(`loads the atlas for each of the ${starting.length} starting states of ${BAD_LINKS.length} malformed or hostile links`, async () => {
    assert.ok(starting.length >= 30, `the corpus still gives many starting states (${starting.length})`);
    const errors: string[] = [];
    const dialogs: string[] = [];
    const failures: string[] = [];
    const short = (link: string) => (link.length > 80 ? `${link.slice(0, 80)}…` : link);
    /** Loads links one after another in a page of its own; a few of these share the corpus. */
    async function worker(links: string[]) {
      // A small desktop window (wider than the phone layout): drawing fewer pixels makes each load
      // cheaper in software WebGL, and the link is read the same way.
      const context = await suite.browser.newContext({ viewport: { width: 720, height: 450 } });
      const page = await context.newPage();
      let current = '';
      page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
      page.on('dialog', (dialog) => {
        dialogs.push(`${current}: ${dialog.message()}`);
        dialog.dismiss().catch(ignoreClosed);
      });
      for (const link of links) {
        current = short(link);
        // From a blank page each time, so a hash-only link is a full load, not a hash change.
        await page.goto('about:blank');
        await page.goto(`${ORIGIN}/${link}`);
        try {
          // The data has loaded when the layer list is in the page (its tab may be another one,
          // e.g. the Document tab for a paragraph link).
          await page
            .locator('.layer[data-layer="us-facilities"]')
            .waitFor({ state: 'attached', timeout: 30_000 });
        } catch {
          failures.push(`${current}: the atlas did not load its data`);
          continue;
        }
        const title = await page.locator('h1').first().textContent();
        if (!title || !/Bluebook Atlas|ブルーブック・アトラス/.test(title))
          failures.push(`${current}: no title`);
      }
      await context.close();
    }
    const WORKERS = 2;
    await Promise.all(
      Array.from({ length: WORKERS }, (_, w) => worker(starting.filter((_, i) => i % WORKERS === w))),
    );
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // A few links whose reading is known: each says what it could not read.
    for (const [link, key] of [
      ['#lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'lang'],
      ['#map=4.2/abc/134', 'map'],
      ['#year=1899', 'year'],
      // A key the atlas does not have (a typo for map=): named, not silently dropped.
      ['#zoom=5/26.3/127.8&lang=en', 'zoom'],
    ] as const) {
      await page.goto('about:blank');
      await page.goto(`${ORIGIN}/${link}`);
      const notice = page.locator('.notice[data-notice="link"]');
      await notice.waitFor({ timeout: 15_000 });
      assert.match((await notice.textContent()) ?? '', new RegExp(`\\(${key}\\)`));
    }
    await context.close();
    console.log(
      `bad links: ${starting.length} starting states of ${BAD_LINKS.length} links tried, ${failures.length} failed, ${errors.length} errors, ${dialogs.length} scripts run`,
    );
    assert.deepEqual(failures, [], 'every link loads the atlas');
    assert.deepEqual(errors, [], 'no uncaught error');
    assert.deepEqual(dialogs, [], 'no script from a link ran');
  });

  it('reads each of them live too, as a link edited in an open tab, and still works after', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(ignoreClosed);
    });
    await page.locator('.layer[data-layer="us-facilities"]').waitFor({ state: 'attached' });
    const hashes = BAD_LINKS.filter((link) => link.includes('#')).map((link) =>
      link.slice(link.indexOf('#')),
    );
    // Applied one after another inside the page, as fast as a person could edit the link. The
    // atlas reads the link on hashchange and renders; two frames later it has, and must still be
    // there.
    const gone = await page.evaluate(async (all) => {
      const missing: string[] = [];
      for (const h of all) {
        window.location.hash = h;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        if (document.querySelectorAll('h1').length !== 1) missing.push(h.slice(0, 80));
      }
      return missing;
    }, hashes);
    assert.deepEqual(gone, [], 'the atlas is still there after each link');
    // A link it cannot read in part says so, live as at load.
    await page.evaluate(() => (window.location.hash = '#map=4.2/abc/134&lang=en'));
    const notice = page.locator('.notice[data-notice="link"]');
    await notice.filter({ hasText: '(map)' }).waitFor();
    // And it still works: a good link opens its place.
    await page.evaluate(() => (window.location.hash = '#feature=kadena&lang=en'));
    await details(page, 'kadena').waitFor();
    console.log(
      `bad links, live: ${hashes.length} applied, ${errors.length} errors, ${dialogs.length} scripts run`,
    );
    assert.deepEqual(errors, [], 'no uncaught error');
    assert.deepEqual(dialogs, [], 'no script from a link ran');
    await page.close();
  });
});
