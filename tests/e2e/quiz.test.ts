/**
 * End-to-end specs for the quiz: the same seed gives the same questions, a student answers by mouse
 * or by keyboard alone, sees the quote after each answer and a score at the end; a teacher's lock.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { afterMapMoves, atlasSuite, openAtlas, screenshot, viewInLink, waitForMapIdle } from './driver';

async function prompts(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 5; i++) {
    const question = page.locator('.question');
    await question.waitFor();
    seen.push(((await question.textContent()) ?? '').slice(0, 120));
    if ((await question.getAttribute('data-kind')) === 'return-order')
      await question.getByRole('button', { name: 'Check' }).click();
    else await question.locator('.quiz-options button').first().click();
    await page.locator('.feedback').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  return seen;
}

describe('Quiz', () => {
  const suite = atlasSuite();

  it('gives the same questions for the same teacher link, and a score at the end (mouse)', async () => {
    const first = await openAtlas(suite.browser, '#quiz=4242&lang=en');
    const a = await prompts(first.page);
    const score = first.page.locator('.score');
    await score.waitFor();
    assert.match((await score.textContent()) ?? '', /^Score: [0-5] of 5$/);
    assert.match(await first.page.evaluate(() => window.location.hash), /quiz=4242/);
    await first.page.close();
    const second = await openAtlas(suite.browser, '#quiz=4242&lang=en');
    assert.deepEqual(await prompts(second.page), a);
    await second.page.close();
  });

  it('is answered right, with feedback and the quote, by keyboard alone', async () => {
    const { page } = await openAtlas(suite.browser, '#quiz=7&lang=ja');
    const question = page.locator('.question');
    await question.waitFor();
    let right = 0;
    for (let i = 0; i < 5; i++) {
      await question.waitFor();
      const kind = await question.getAttribute('data-kind');
      if (kind === 'return-order') {
        // Put the items in order with the move buttons, by keyboard: read the answer from nothing but
        // the screen is not possible before answering, so check, then read the right order.
        await question.getByRole('button', { name: '答え合わせ' }).focus();
        await page.keyboard.press('Enter');
      } else {
        await question.locator('.quiz-options button').first().focus();
        await page.keyboard.press('Enter');
      }
      const feedback = page.locator('.feedback');
      await feedback.waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('feedback') ?? false);
      if ((await feedback.getAttribute('class'))?.includes('right')) right += 1;
      if (kind !== 'return-order')
        assert.ok((await feedback.locator('.quote').count()) > 0, 'the quote explains the answer');
      if (i === 0) await screenshot(page, 'quiz-feedback-ja');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const next = page.getByRole('button', { name: '次へ' });
      await next.focus();
      await page.keyboard.press('Enter');
      // Focus goes on to the next question (or the score), not to the page's body.
      await page.waitForFunction(
        (last) =>
          last
            ? document.activeElement?.classList.contains('score')
            : document.activeElement?.tagName === 'H3' &&
              /^第\d問/.test(document.activeElement.textContent ?? ''),
        i === 4,
      );
    }
    assert.equal(await page.locator('.score').getAttribute('data-score'), String(right));
    await page.close();
  });

  it('locks the language, the layers and the area for a teacher', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&lock=1&map=9/26.4/127.8');
    await waitForMapIdle(page);
    assert.equal(await page.locator('.lang-switch').isVisible(), false);
    assert.equal(await page.getByRole('checkbox', { name: /^Okinawa land returns/ }).isDisabled(), true);
    // The map may not show more than the area it opened on. The wheel zooms in (so it works)…
    const zoomOf = async () => Number((await viewInLink(page))?.split('/')[0]);
    await page.mouse.move(800, 400);
    await afterMapMoves(page, () => page.mouse.wheel(0, -600));
    assert.ok((await zoomOf()) > 9.2, `the wheel zooms in (zoom ${await zoomOf()})`);
    // …but zooming out goes no further than the area it opened on.
    await afterMapMoves(page, () => page.mouse.wheel(0, 3000));
    const zoom = await zoomOf();
    assert.ok(zoom >= 8.9, `the map stays on its area (zoom ${zoom})`);
    await page.close();
  });
});

describe('The panel’s tabs', () => {
  const suite = atlasSuite();

  it('shows all four tabs whole at every width and in both languages, and moves between them with the arrow keys', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    for (const [width, height] of [
      [1024, 640],
      [390, 844],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const lang of ['en', 'ja']) {
        await page.locator('.lang-switch button', { hasText: lang === 'en' ? 'English' : '日本語' }).click();
        if (width < 700 && (await page.locator('.sidebar.open').count()) === 0)
          await page.locator('.panel-toggle').click();
        const list = (await page.getByRole('tablist').boundingBox())!;
        for (const tab of await page.getByRole('tab').all()) {
          const box = (await tab.boundingBox())!;
          const label = `${(await tab.textContent()) ?? ''} at ${width} px in ${lang}`;
          assert.ok(
            box.x >= list.x - 0.5 && box.x + box.width <= list.x + list.width + 0.5,
            `${label} is whole`,
          );
          assert.ok(
            await tab.evaluate((el) => el.scrollWidth <= el.clientWidth),
            `${label} shows its whole name`,
          );
        }
      }
    }
    // One tab stop: the chosen tab; the arrows choose the next or previous, Home and End the ends.
    await page.getByRole('tab', { name: 'レイヤー' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByRole('tab', { name: '文書' }).getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-reader');
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-quiz');
    assert.equal(await page.locator('#tabpanel-quiz').isVisible(), true);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-layers');
    assert.deepEqual(
      await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('tabindex'))),
      ['0', '-1', '-1', '-1'],
    );
    await page.close();
  });
});
