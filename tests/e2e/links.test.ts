/**
 * End-to-end specs for the link as the atlas's state, both ways: Back and Forward walk the places a
 * reader opened, a link edited in an open tab changes the atlas, and a skip link leaves the link
 * alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  atlasSuite,
  details,
  openAtlas,
  openPlaceFromList,
  placeOnPage,
  pointOf,
  until,
  viewInLink,
  waitForMapIdle,
} from './driver';

const linkOf = (page: import('playwright-core').Page) => page.evaluate(() => window.location.hash);

describe('The link follows the atlas, and the atlas follows the link', () => {
  const suite = atlasSuite();

  it('goes Back and Forward through the places opened, with their views', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    await openPlaceFromList(page, 'us-facilities', 'kadena');
    await until(
      () => linkOf(page),
      (hash) => hash.includes('feature=kadena'),
      'the link to name Kadena',
    );
    await waitForMapIdle(page);
    const kadenaView = await viewInLink(page);
    await openPlaceFromList(page, 'us-facilities', 'yokosuka');
    await until(
      () => linkOf(page),
      (hash) => hash.includes('feature=yokosuka'),
      'the link to name Yokosuka',
    );

    await page.goBack();
    await details(page, 'kadena').waitFor();
    assert.equal(await details(page, 'yokosuka').count(), 0, 'Yokosuka’s details closed');
    await until(
      () => viewInLink(page),
      (view) => view === kadenaView,
      'Kadena’s view to come back',
    );
    await waitForMapIdle(page);

    await page.goBack();
    await details(page, 'kadena').waitFor({ state: 'detached' });
    assert.doesNotMatch(await linkOf(page), /feature=/);

    await page.goForward();
    await details(page, 'kadena').waitFor();
    await page.goForward();
    await details(page, 'yokosuka').waitFor();
    assert.match(await linkOf(page), /feature=yokosuka/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the search text of a link edited in the open tab, with its results', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&q=Futenma');
    const box = page.locator('.search input');
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.search input')?.value === 'Futenma',
    );
    await page.evaluate(() => (window.location.hash = '#lang=en&q=Kadena'));
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.search input')?.value === 'Kadena',
    );
    assert.equal(await box.inputValue(), 'Kadena');
    await page.locator('.search [role="option"]').filter({ hasText: 'Kadena' }).first().waitFor();
    await page.close();
  });

  it('opens the place and language of a link edited in the open tab, framed', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=ja');
    await waitForMapIdle(page);
    await page.evaluate(() => (window.location.hash = '#feature=misawa&lang=en'));
    const opened = details(page, 'misawa');
    await opened.waitFor();
    assert.match((await opened.locator('h2').textContent()) ?? '', /Misawa/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await until(
      async () => Number((await viewInLink(page))?.split('/')[0]),
      (zoom) => zoom >= 9,
      'the map to zoom in to Misawa',
    );
    await waitForMapIdle(page);
    const at = await placeOnPage(page, pointOf('misawa'));
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    assert.ok(
      at && at[0] > box.x && at[0] < box.x + box.width && at[1] > box.y && at[1] < box.y + box.height,
    );
    // The edit is one step: Back returns to the link before it.
    await page.goBack();
    await opened.waitFor({ state: 'detached' });
    await until(
      () => page.evaluate(() => document.documentElement.lang),
      (lang) => lang === 'ja',
      'Japanese again',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('moves focus to the layer list from the skip link and leaves the link as it was', async () => {
    const { page } = await openAtlas(suite.browser, '#feature=kadena&lang=en&layers=us-facilities');
    await details(page, 'kadena').waitFor();
    await waitForMapIdle(page);
    const before = await linkOf(page);
    // From the keyboard: the skip link (the page's first link), then Enter.
    await page.getByRole('link', { name: 'Skip to the layer list' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'layers-heading');
    assert.equal(await linkOf(page), before);
    await page.close();
  });
});
