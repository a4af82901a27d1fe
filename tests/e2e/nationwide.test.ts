/**
 * End-to-end specs for the national layer: filters that hide facilities on the map and in the list
 * and live in the link, and the prefecture table with the official totals.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  atlasSuite,
  centrePixels,
  hasColour,
  openAtlas,
  pointOf,
  screenshot,
  until,
  waitForCentreColour,
  waitForMapIdle,
} from './driver';

const FACILITY = '#D55E00';

describe('U.S. facilities across Japan', () => {
  const suite = atlasSuite();

  it('shows Okinawa’s share of the exclusive-use area without scrolling, and prefecture names on one line', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=ja');
    for (const [width, height] of [
      [1024, 640],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const lang of ['ja', 'en'] as const) {
        await page.locator('.lang-switch button', { hasText: lang === 'en' ? 'English' : '日本語' }).click();
        const figure = page.locator('.headline-figure');
        assert.match(
          (await figure.textContent()) ?? '',
          lang === 'ja' ? /沖縄県 70\.27%/ : /Okinawa 70\.27%/,
        );
        const box = (await figure.boundingBox())!;
        assert.ok(
          box.y + box.height <= height,
          `the figure is on the first screen at ${width}×${height} (${lang})`,
        );
        // Its definition, date and source are one click away.
        await page.locator('.headline-more summary').click();
        assert.match(
          (await page.locator('.headline-more').textContent()) ?? '',
          lang === 'ja' ? /184,944.*263,176.*共同使用/s : /184,944.*263,176.*shared/s,
        );
        await page.locator('.headline-more summary').click();
        const wrapped = await page.locator('.prefecture-summary th[scope="row"]').evaluateAll((cells) =>
          cells
            .filter((cell) => {
              // The lines its text is drawn on (the text's own boxes, not its button's).
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              const tops = new Set<number>();
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const r of range.getClientRects()) tops.add(Math.round(r.top));
              }
              return tops.size > 1;
            })
            .map((cell) => cell.textContent),
        );
        assert.deepEqual(wrapped, [], `prefecture names on one line at ${width} px (${lang})`);
      }
    }
    await page.close();
  });

  it('filters by service on the map, in the list and in the link', async () => {
    const [lng, lat] = pointOf('futenma');
    const { page } = await openAtlas(suite.browser, `#lang=en&map=14/${lat}/${lng}&layers=us-facilities`);
    await waitForMapIdle(page);
    assert.ok(hasColour(await centrePixels(page, 8), FACILITY), 'Futenma is drawn');
    await page.getByLabel('Service', { exact: true }).selectOption('Navy');
    await page.waitForFunction(() => window.location.hash.includes('filter=service%3ANavy'));
    // A Marine Corps air station is hidden when only the Navy is shown.
    await waitForCentreColour(page, FACILITY, { present: false });
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const ids = await page
      .locator('.feature-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-feature')));
    assert.ok(ids.includes('yokosuka') && !ids.includes('futenma'), `Navy only: ${ids.join(',')}`);
    // And a screen reader heard what the filter left: as many places as the list has rows.
    await until(
      async () => (await page.locator('.announcer[role="status"]').textContent())?.trim(),
      (text) => text === `Navy: ${ids.length} places`,
      `to hear "Navy: ${ids.length} places"`,
    );
    await page.close();
  });

  it('restores a filter from a link', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=ja&filter=pref:%E9%95%B7%E5%B4%8E%E7%9C%8C');
    await page.locator('#filter-prefecture').waitFor();
    assert.equal(await page.locator('#filter-prefecture').inputValue(), '長崎県');
    await page.close();
  });

  it('answers which prefectures host exclusive-use facilities, and how much area, on screen', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    const answer = page.getByTestId('nationwide-answer');
    assert.match(
      (await answer.textContent()) ?? '',
      /78 in 13 prefectures, 263,176 thousand m² in all; Okinawa has 70\.27% of the area/,
    );
    const summary = page.locator('.prefecture-summary');
    assert.equal(await summary.locator('[data-official-total]').textContent(), '263,176 (78)');
    const okinawa = summary.locator('tbody[data-prefecture="沖縄県"]');
    assert.match((await okinawa.textContent()) ?? '', /Okinawa184,944 \(31\)70\.27%/);
    // Nagasaki's facility areas reproduce the official figure; Hiroshima's lack some areas and say so.
    assert.match((await summary.locator('tbody[data-prefecture="長崎県"]').textContent()) ?? '', /agrees/);
    assert.match(
      (await summary.locator('tbody[data-prefecture="広島県"]').textContent()) ?? '',
      /no area known for .*秋月弾薬庫/,
    );
    await page.locator('.nationwide').scrollIntoViewIfNeeded();
    await screenshot(page, 'prefectures-desktop-en');
    // A prefecture's name filters the layer to it, and the list shows only its facilities.
    await summary.getByRole('button', { name: 'Nagasaki', exact: true }).click();
    await page.waitForFunction(() => window.location.hash.includes('pref%3A%E9%95%B7%E5%B4%8E%E7%9C%8C'));
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const prefectures = await page
      .locator('.feature-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-feature')));
    assert.ok(prefectures.includes('sasebo') && prefectures.includes('sakibe'), prefectures.join(','));
    assert.ok(!prefectures.includes('futenma'), prefectures.join(','));
    await page.close();
  });

  it('shows a facility returned since the list’s date as returned, and a shared-use one as such', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&feature=sakibe');
    const details = page.locator('.details[data-feature="sakibe"]');
    await details.waitFor();
    assert.match((await details.textContent()) ?? '', /Returned/);
    assert.match((await details.textContent()) ?? '', /This paragraph does not name this place/);
    await page.close();
    // A page of its own: changing only the hash and reloading raced the app rewriting its link.
    const shared = (await openAtlas(suite.browser, '#lang=en&feature=omura')).page;
    const sharedDetails = shared.locator('.details[data-feature="omura"]');
    await sharedDetails.waitFor();
    assert.match((await sharedDetails.textContent()) ?? '', /temporary shared-use facility \(2-4-\(b\)\)/);
    await shared.close();
  });

  it('reads in Japanese with the facilities not on the map listed', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=ja');
    assert.match(
      (await page.getByTestId('nationwide-answer').textContent()) ?? '',
      /13都道府県に78施設.*沖縄県が70\.27%/,
    );
    await page.locator('details.unmapped summary').click();
    const items = await page.locator('details.unmapped li').count();
    assert.ok(items > 0, 'the facilities with no sourced point are listed');
    await page.locator('.nationwide').scrollIntoViewIfNeeded();
    await screenshot(page, 'prefectures-desktop-ja');
    await page.close();
  });
});
