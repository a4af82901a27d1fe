/**
 * Presenter mode on a projector (1920×1080), by keyboard alone: a ready-made activity started from
 * the Layers tab, stepped through with the arrow keys and a clicker's Page Up/Down, each stop
 * shown large with the map following it, the stop kept in the link; Esc leaves and gives focus back.
 * And a teacher's own lesson: stops made from the reader (paragraph, map view, question), reordered,
 * kept in the link across a reload, and presented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  afterMapMoves,
  atlasSuite,
  openAtlas,
  pointOf,
  screenshot,
  until,
  viewInLink,
  waitForMapIdle,
} from './driver';

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

  it('makes a lesson from the reader (paragraph, view, question), keeps it in the link, and presents it', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: 'Document' }).click();

    // Stop 1: a paragraph framed with "Show on map", with a question (markup stays text).
    const returns = page.locator('article[data-part="s3-p3"]');
    await afterMapMoves(page, () => returns.getByRole('button', { name: 'Show on map' }).click());
    const viewOfReturns = await viewInLink(page);
    await returns.getByRole('button', { name: /Add to my lesson/ }).click();
    const question = 'Which land was returned? <b>not bold</b>';
    await returns.getByLabel('Question for the class (optional)').fill(question);
    await returns.getByRole('button', { name: 'Add stop' }).click();
    await returns.getByText('Added as stop 1 of My lesson.').waitFor();

    // Stop 2: another paragraph, by keyboard alone, without a question.
    const futenma = page.locator('article[data-part="s3-p1"]');
    await afterMapMoves(page, () => futenma.getByRole('button', { name: 'Show on map' }).click());
    const viewOfFutenma = await viewInLink(page);
    await futenma.getByRole('button', { name: /Add to my lesson/ }).focus();
    await page.keyboard.press('Enter');
    await futenma.getByLabel('Question for the class (optional)').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await futenma.getByText('Added as stop 2 of My lesson.').waitFor();

    // The lesson, in the Layers tab: stop 2 moved first; the link keeps it through a reload.
    await page.getByRole('tab', { name: 'Layers' }).click();
    const lesson = page.getByRole('region', { name: 'My lesson' });
    assert.deepEqual(
      await lesson.locator('li').evaluateAll((li) => li.map((l) => l.getAttribute('data-paragraph'))),
      ['s3-p3', 's3-p1'],
    );
    assert.equal(await lesson.locator('li').first().locator('.lesson-question').textContent(), question);
    await lesson.getByRole('button', { name: 'Move stop 2 up' }).click();
    await until(
      () => page.evaluate(() => new URLSearchParams(window.location.hash.slice(1)).get('lesson')),
      (value) => /^s3-p1,.*\|s3-p3,/.test(value ?? ''),
      'the reordered lesson in the link',
    );
    await page.reload();
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: 'Layers' }).click();
    assert.equal(await lesson.locator('li').count(), 2, 'the lesson is back after a reload');

    // Presented: the paragraph at the view it was added with; the question; the other paragraph.
    await lesson.getByRole('button', { name: 'Present: My lesson' }).click();
    const presenter = page
      .getByRole('region', { name: 'My lesson', exact: true })
      .and(page.locator('.presenter'));
    await presenter.waitFor();
    const near = (a: string | null, b: string | null) => {
      const [za, ya, xa] = (a ?? '').split('/').map(Number);
      const [zb, yb, xb] = (b ?? '').split('/').map(Number);
      return Math.abs(za! - zb!) < 0.05 && Math.abs(ya! - yb!) < 0.01 && Math.abs(xa! - xb!) < 0.01;
    };
    await until(
      () => viewInLink(page),
      (view) => near(view, viewOfFutenma),
      `the view the first stop was added with (${viewOfFutenma})`,
    );
    assert.match((await presenter.locator('.quote').first().textContent()) ?? '', /普天間飛行場/);
    await page.keyboard.press('ArrowRight');
    await presenter.locator('.presenter-prompt').waitFor();
    assert.equal(await presenter.locator('.presenter-prompt').textContent(), question);
    await page.keyboard.press('ArrowRight');
    await until(
      () => viewInLink(page),
      (view) => near(view, viewOfReturns),
      `the view the returns stop was added with (${viewOfReturns})`,
    );
    assert.match((await presenter.textContent()) ?? '', /3 of 3/);
    await screenshot(page, 'presenter-own-lesson-en');
    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
