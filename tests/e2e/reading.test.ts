/**
 * End-to-end specs for reading the document and the map together: paragraph → places, place →
 * paragraphs, search in Japanese and English, the list view, and their links.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  afterMapMoves,
  atlasSuite,
  canvasPixels,
  type AtlasPage,
  details,
  hasColour,
  horizontalOverflow,
  openAtlas,
  placeOnPage,
  pointOf,
  screenshot,
  search,
  until,
  viewInLink,
  waitForMapIdle,
} from './driver';

const HIGHLIGHT = '#E69F00';

async function mapHasColour(page: Page, hex: string): Promise<boolean> {
  return hasColour(await canvasPixels(page), hex, 10);
}

describe('Reading the document with the map', () => {
  const suite = atlasSuite();

  it('goes from a paragraph to its places: highlighted and framed on the map, listed as chips', async () => {
    const { page, errors, external } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    assert.equal(await mapHasColour(page, HIGHLIGHT), false, 'nothing is highlighted at first');
    await page.getByRole('tab', { name: 'Document' }).click();
    const part = page.locator('.reader-part[data-part="s6-p1"]');
    await part.scrollIntoViewIfNeeded();
    const chips = await part.locator('.chip').allTextContents();
    for (const name of [
      'Seoul (Republic of Korea)',
      'Kadena Air Base',
      'White Beach Area',
      'United Nations Command (Rear) headquarters',
    ]) {
      assert.ok(chips.includes(name), `${name} is a chip of s6-p1: ${JSON.stringify(chips)}`);
    }
    await part.getByRole('button', { name: 'Show on map' }).click();
    await page.waitForFunction(() => window.location.hash.includes('paragraph=s6-p1'));
    await waitForMapIdle(page);
    await until(
      () => mapHasColour(page, HIGHLIGHT),
      (ringed) => ringed,
      'the paragraph’s places to be ringed in orange',
    );
    const zoom = Number(/map=([\d.]+)/.exec(await page.evaluate(() => window.location.hash))![1]);
    assert.ok(zoom > 3 && zoom < 8, `framed from Seoul to Okinawa (zoom ${zoom})`);
    await screenshot(page, 'reader-desktop-en');
    await part.locator('.chip', { hasText: 'Kadena Air Base' }).first().click();
    await page.locator('.details[data-feature="kadena"]').waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    await page.close();
  });

  it('goes from a place to every paragraph that mentions it, by keyboard', async () => {
    const { page } = await openAtlas(suite.browser, '#feature=futenma&lang=en');
    const details = page.locator('.details[data-feature="futenma"]');
    await details.waitFor();
    assert.equal(await details.locator('.cited-in h3').textContent(), 'Cited in 4 places');
    const links = details.locator('.cited-in button');
    assert.deepEqual(await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-part'))), [
      's1-p1',
      's3-p1',
      's3-p3',
      's6-p1',
    ]);
    await links.nth(1).focus();
    await page.keyboard.press('Enter');
    const part = page.locator('.reader-part[data-part="s3-p1"]');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-part') === 's3-p1',
      undefined,
      { timeout: 5000 },
    );
    assert.equal(await part.getAttribute('aria-current'), 'true');
    assert.equal(await page.getByRole('tab', { name: 'Document' }).getAttribute('aria-selected'), 'true');
    assert.deepEqual(await part.locator('mark.mention').allTextContents(), [
      '普天間飛行場',
      '辺(へ)野古',
      '沖縄',
    ]);
    await page.close();
  });

  it('opens a paragraph from a link, with its places highlighted', async () => {
    const { page } = await openAtlas(suite.browser, '#paragraph=s3-p3&lang=ja');
    const part = page.locator('.reader-part[data-part="s3-p3"]');
    await part.waitFor();
    assert.equal(await part.getAttribute('aria-current'), 'true');
    assert.match((await part.locator('.covered summary').textContent()) ?? '', /名を挙げずに扱う場所 \d+件/);
    await waitForMapIdle(page);
    assert.ok(await mapHasColour(page, HIGHLIGHT));
    await screenshot(page, 'reader-desktop-ja');
    await page.close();
  });

  // One page with the map's easing, as most people see it: from the whole country to each place
  // in turn, chosen from search, as a reader looking them up one after another would.
  describe('mainland places from search', () => {
    let opened: AtlasPage | undefined;
    before(async () => {
      opened = await openAtlas(suite.browser, '#lang=en', undefined, undefined, { motion: true });
      await waitForMapIdle(opened.page);
    });
    after(async () => opened?.page.close());

    for (const [id, query] of [
      ['yokosuka', 'Yokosuka'],
      ['misawa', 'Misawa'],
      ['sasebo', 'Sasebo'],
      ['camp-zama', 'Camp Zama'],
    ] as const) {
      it(`frames ${query}, a mainland place, when it is chosen from search (with the map's easing)`, async () => {
        const { page, errors } = opened!;
        const results = await search(page, query);
        await afterMapMoves(page, () => results.locator(`.search-option[data-id="${id}"]`).click());
        await details(page, id).waitFor();
        const zoom = Number((await viewInLink(page))?.split('/')[0]);
        // Drawn on its own, out of the national view's clusters.
        assert.ok(zoom >= 10, `zoomed in to ${query} (zoom ${zoom})`);
        const at = await placeOnPage(page, pointOf(id));
        const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
        assert.ok(
          at && at[0] > box.x && at[0] < box.x + box.width && at[1] > box.y && at[1] < box.y + box.height,
          `${query} is on the map (${at?.map(Math.round).join(',')})`,
        );
        assert.deepEqual(errors, []);
      });
    }
  });

  it('searches in Japanese, kana and English, with arrow keys and Enter', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=ja');
    await waitForMapIdle(page);
    const box = page.getByRole('combobox', { name: '場所や文書を検索' });
    // Results follow the box a moment later (a deferred render): read them once they are current.
    const type = async (text: string) => {
      await box.fill(text);
      await page.locator('.search-results[aria-busy="false"]').waitFor({ state: 'attached' });
    };
    await type('ふてんま');
    const firstPlace = page.locator('.search-option[data-kind="place"]').first();
    assert.equal(await firstPlace.getAttribute('data-id'), 'futenma');
    await box.press('Enter');
    await page.locator('.details[data-feature="futenma"]').waitFor();
    await page.keyboard.press('Escape');

    await type('Kadena');
    assert.equal(
      await page.locator('.search-option[data-kind="place"]').first().getAttribute('data-id'),
      'kadena',
    );
    assert.match(
      (await page.locator('.search-option[data-kind="place"]').first().textContent()) ?? '',
      /嘉手納飛行場/,
    );

    await type('横田');
    const paragraphs = page.locator('.search-option[data-kind="part"]');
    const ids = await paragraphs.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.ok(ids.includes('s5-col-p1') && ids.includes('s6-p1'), `both spellings found: ${ids.join(',')}`);
    const marks = await page.locator('.search-option[data-id="s5-col-p1"] mark').allTextContents();
    assert.deepEqual(marks, ['橫田'], 'the old form is what is highlighted');
    const places = await page.locator('.search-option[data-kind="place"]').count();
    for (let i = 0; i < places; i++) await box.press('ArrowDown');
    assert.equal(await page.locator('.search-option.active').getAttribute('data-id'), ids[0]);
    await box.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-part') === id, ids[0], {
      timeout: 5000,
    });
    // The link keeps the query (the box reports it at once when a result is chosen).
    await page
      .waitForFunction(() => window.location.hash.includes('q=%E6%A8%AA%E7%94%B0'), null, { timeout: 2000 })
      .catch(() => undefined);
    assert.match(await page.evaluate(() => window.location.hash), /q=%E6%A8%AA%E7%94%B0/);
    await page.close();
  });

  it('says so helpfully when nothing matches, and opens a search from a link', async () => {
    const { page } = await openAtlas(suite.browser, '#q=zzzq&lang=en');
    await page.locator('.search input').focus();
    assert.match(
      (await page.locator('.no-results').textContent()) ?? '',
      /Nothing matches “zzzq”\. Try another spelling/,
    );
    // English words the Japanese text cannot hold find paragraphs by the atlas's English
    // summaries, marked as such, and open the paragraph.
    const results = await search(page, 'missile defence');
    const hit = results.locator('.search-option', { hasText: 's1-p1' });
    assert.match((await hit.textContent()) ?? '', /in the summary.*missile defence/);
    assert.equal(await hit.locator('mark').first().textContent(), 'missile defence');
    await hit.click();
    await page.locator('.reader-part.active[data-part="s1-p1"]').waitFor();
    await page.close();
  });

  it('lists every place of the visible layers in a sortable table, with the same details', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&layers=okinawa-land-returns');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.locator('.feature-table tbody tr');
    assert.equal(await rows.count(), 29);
    assert.match((await page.locator('.feature-table caption').textContent()) ?? '', /29 places/);
    await page.getByRole('button', { name: 'Sort by Area (ha)' }).click();
    await page.getByRole('button', { name: 'Sort by Area (ha)' }).click();
    assert.equal(
      await rows.first().getAttribute('data-feature'),
      'return-northern-training-area',
      'largest first',
    );
    assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);
    await screenshot(page, 'list-desktop-en');
    await rows.first().getByRole('button').click();
    const details = page.locator('.sheet .details[data-feature="return-northern-training-area"]');
    await details.waitFor();
    assert.match((await details.locator('.quote mark').first().textContent()) ?? '', /北部訓練場の過半/);
    assert.match(await page.evaluate(() => window.location.hash), /view=list/);
    await page.close();
  });

  it('reaches the list from the skip link, by keyboard', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=ja');
    await page.locator('.layer-panel').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '場所の一覧表へ移動');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'list-caption');
    assert.ok((await page.locator('.feature-table tbody tr').count()) > 60);
    await page.close();
  });

  it('works as a reader and a list on a phone', async () => {
    const { page } = await openAtlas(suite.browser, '#paragraph=s5-col-p1&lang=ja', {
      width: 390,
      height: 844,
    });
    const part = page.locator('.sidebar.open .reader-part[data-part="s5-col-p1"]');
    await part.waitFor();
    await screenshot(page, 'reader-phone-ja');
    assert.deepEqual(await horizontalOverflow(page), [], 'the reader fits the phone’s screen');
    await page.getByRole('button', { name: '地図に戻る' }).click();
    await page.getByRole('button', { name: '一覧', exact: true }).click();
    await page.locator('.feature-table').waitFor();
    await screenshot(page, 'list-phone-ja');
    assert.deepEqual(await horizontalOverflow(page), [], 'the list fits the phone’s screen');
    await page.close();
  });
});
