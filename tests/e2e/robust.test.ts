/**
 * End-to-end specs for when things break under the atlas: the WebGL context is lost and restored,
 * the map's code cannot load, and rendering throws. Each time a person sees what happened and what
 * still works, never a blank page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  afterMapMoves,
  atlasSuite,
  canvasBytes,
  difference,
  openAtlas,
  openPlaceFromList,
  screenshot,
  waitForMapIdle,
} from './driver';

describe('When things break', () => {
  const suite = atlasSuite();

  it('says so when the WebGL context is lost, and draws the same map again when it is restored', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en&map=6/33/133');
    await waitForMapIdle(page);
    const before = await canvasBytes(page);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      const gl = canvas.getContext('webgl2')!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
      lose.loseContext();
    });
    const notice = page.locator('.notice[data-notice="webgl"]');
    await notice.filter({ hasText: 'The map stopped drawing' }).waitFor();
    assert.match((await notice.textContent()) ?? '', /The List view works meanwhile/);
    // The List view works while the map is down.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('.feature-table tr[data-feature="kadena"]').waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await notice.filter({ hasText: 'The map is drawing again.' }).waitFor();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await waitForMapIdle(page);
    const after = await canvasBytes(page);
    assert.equal(after.length, before.length);
    const changed = difference(before, after);
    assert.ok(
      changed < 0.02,
      `the restored map looks as before (${(changed * 100).toFixed(2)}% of pixels differ)`,
    );
    // And it still opens a place and moves to it, through the restored style; the screenshot is
    // taken once the map has arrived, not mid-move.
    await afterMapMoves(page, () => openPlaceFromList(page, 'us-facilities', 'kadena'));
    await screenshot(page, 'webgl-restored');
    assert.deepEqual(
      errors.filter((e) => !/WebGL/i.test(e)),
      [],
    );
    await page.close();
  });

  it('offers the List view when the map’s code cannot load, and the rest works', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en', undefined, async (p) => {
      await p.route(/\/assets\/(AtlasMap|maplibre-gl)-[^/]*\.js$/, (route) => route.abort());
    });
    const alert = page.locator('.map-error[role="alert"]');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /The map could not be shown\. The List view has every place/,
    );
    await alert.getByRole('button', { name: 'Show the list' }).click();
    await page.locator('.feature-table tr[data-feature="futenma"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Bluebook Atlas');
    await screenshot(page, 'map-error');
    assert.ok(errors.length > 0, 'the failed load is logged');
    await page.close();
  });

  it('shows a message with a reload button, not a blank page, when rendering throws', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en', undefined, async (p) => {
      // Break number formatting, which the panels use as they render.
      await p.addInitScript({
        content:
          'Intl.NumberFormat = function () { throw new Error("test: number formatting is broken <b>here</b>"); };',
      });
    });
    const crash = page.locator('.crash[role="alert"]');
    await crash.waitFor();
    assert.equal(await crash.locator('h2').textContent(), 'Something went wrong');
    assert.equal(await crash.locator('pre').textContent(), 'test: number formatting is broken <b>here</b>');
    assert.equal(await crash.locator('b').count(), 0, 'the message is text');
    await screenshot(page, 'crash');
    // The Reload button reloads (and, with formatting still broken, comes back to the message).
    await Promise.all([page.waitForEvent('load'), crash.getByRole('button', { name: 'Reload' }).click()]);
    await crash.waitFor();
    await page.close();
  });
});
