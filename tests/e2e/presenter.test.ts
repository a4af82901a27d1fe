/**
 * Presenter mode on a projector (1920×1080), by keyboard alone: a ready-made activity started from
 * the Layers tab, stepped through with the arrow keys and a clicker's Page Up/Down, each stop
 * shown large with the map following it, the stop kept in the link; Esc leaves and gives focus back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { atlasSuite, openAtlas, pointOf, screenshot, until, waitForMapIdle } from './driver';

const stopInLink = (page: Page) =>
  page.evaluate(() => new URLSearchParams(window.location.hash.slice(1)).get('present'));

/** The map's centre, once the map has settled. */
async function mapCentre(page: Page): Promise<[number, number]> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const c = (
      window as unknown as { __benchMap: { getCenter(): { lng: number; lat: number } } }
    ).__benchMap.getCenter();
    return [c.lng, c.lat] as [number, number];
  });
}

describe('Presenter mode', () => {
  const suite = atlasSuite();

  it('steps through a ready-made activity by keyboard only, the map following, and Esc leaves', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=ja', { width: 1920, height: 1080 });
    await waitForMapIdle(page);
    const start = page.locator('button[data-activity="okinawa-returns"]');
    await start.focus();
    await page.keyboard.press('Enter');
    const presenter = page.getByRole('region', { name: '沖縄の土地返還', exact: true });
    await presenter.waitFor();
    assert.equal(await page.locator('.sidebar').isVisible(), false, 'the side panel makes way');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('presenter')), true);

    // 1: a question to the class, large.
    assert.match((await presenter.locator('.presenter-prompt').textContent()) ?? '', /北部訓練場/);
    const size = await presenter
      .locator('.presenter-prompt')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 32, `the question is large on a projector (${size} px)`);
    assert.equal(await stopInLink(page), 'okinawa-returns.1');
    await screenshot(page, 'presenter-question-ja');

    // 2: the answer, the document's own words, marked.
    await page.keyboard.press('ArrowRight');
    await until(
      () => stopInLink(page),
      (s) => s === 'okinawa-returns.2',
      'stop 2 in the link',
    );
    assert.equal(
      await presenter.locator('.quote mark').first().textContent(),
      '北部訓練場の過半(約4,000ヘクタール)の引渡し',
    );

    // 3 and 4: the timeline at 2010, then 2017 (a clicker's Page Down), Okinawa Island framed.
    await page.keyboard.press('PageDown');
    await until(
      () => stopInLink(page),
      (s) => s === 'okinawa-returns.3',
      'stop 3 in the link',
    );
    assert.match((await presenter.textContent()) ?? '', /2010年末までの合計/);
    await page.keyboard.press('PageDown');
    await until(
      () => page.evaluate(() => window.location.hash),
      (h) => h.includes('present=okinawa-returns.4') && h.includes('year=2017'),
      'stop 4 and its year in the link',
    );
    const [lng, lat] = await mapCentre(page);
    assert.ok(
      lng > 127.6 && lng < 128.4 && lat > 26.1 && lat < 26.8,
      `Okinawa Island framed (${lng}, ${lat})`,
    );
    await screenshot(page, 'presenter-year-ja');

    // 5: the place, framed on the map.
    await page.keyboard.press('ArrowRight');
    await presenter.locator('.presenter-place[data-feature="return-northern-training-area"]').waitFor();
    const [plng, plat] = pointOf('return-northern-training-area');
    await until(
      async () => {
        await waitForMapIdle(page);
        return page.evaluate(
          ([x, y]) => {
            const map = (
              window as unknown as {
                __benchMap: { getBounds(): { contains(p: [number, number]): boolean }; getZoom(): number };
              }
            ).__benchMap;
            return map.getBounds().contains([x, y]) && map.getZoom() >= 10;
          },
          [plng, plat] as const,
        );
      },
      (inView) => inView,
      'the Northern Training Area in view at zoom 10 or closer',
    );
    // The last stop: → goes no further; ← (a clicker's Page Up) goes back.
    await page.keyboard.press('ArrowRight');
    assert.equal(await stopInLink(page), 'okinawa-returns.5');
    await page.keyboard.press('PageUp');
    await until(
      () => stopInLink(page),
      (s) => s === 'okinawa-returns.4',
      'back at stop 4',
    );

    // Esc leaves: the panel is back, the link has no stop, focus is where it started.
    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.sidebar').isVisible(), true);
    await until(
      () => stopInLink(page),
      (s) => s === null,
      'no stop in the link',
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-activity')),
      'okinawa-returns',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens a stop from a link, and Back returns to the stop before', async () => {
    const { page } = await openAtlas(suite.browser, '#present=futenma-henoko.2&lang=en', {
      width: 1920,
      height: 1080,
    });
    const presenter = page.getByRole('region', { name: 'What the document says about Futenma and Henoko' });
    await presenter.waitFor();
    assert.equal(
      await presenter.locator('.quote mark').first().textContent(),
      '普天間飛行場の辺(へ)野古移設',
    );
    await page.locator('.presenter').focus();
    await page.keyboard.press('ArrowRight');
    await presenter.locator('.presenter-place[data-feature="futenma"]').waitFor();
    await page.goBack();
    await presenter.locator('.quote mark').first().waitFor();
    assert.equal(await stopInLink(page), 'futenma-henoko.2');
    await page.close();
  });
});
