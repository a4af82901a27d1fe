/**
 * An activity's two printed A4 pages, printed to PDF by Chromium and read back with poppler
 * (pdfinfo, pdftotext, pdftoppm) as a teacher would look at them: page 1 the teacher's guide, each
 * answer citing its paragraph; page 2 the student worksheet, its map drawn over the activity's
 * area, a line to write the name, questions with space to answer and no answers. A teacher's own
 * lesson (in the link) prints the same way, its question answered by its paragraph.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { atlasSuite, hasColour, openAtlas, pdfPagePixels, waitForMapIdle } from './driver';

/**
 * A teacher's lesson of two stops as its link writes them (see presenter.test.ts, which makes one
 * in the reader): paragraph, zoom, lat, lng, the question percent-encoded; stops joined by `|`.
 */
const LESSON = [
  `s3-p1,9,26.4,127.8,${encodeURIComponent('普天間飛行場はどこへ移設されるのでしょう?')}`,
  's3-p3,8,26.5,127.9,',
].join('|');

describe('An activity printed for a class', () => {
  const suite = atlasSuite();

  it('prints a teacher’s guide with cited answers and a student worksheet with its map and space to write', async () => {
    // The browser's print dialog is recorded, not opened: Chromium prints the PDF below instead.
    const hash = `#lang=ja&lesson=${encodeURIComponent(LESSON)}`;
    const { page, errors } = await openAtlas(suite.browser, hash, undefined, async (p) => {
      await p.addInitScript('window.print = () => { window.__printed = (window.__printed ?? 0) + 1; };');
    });
    await waitForMapIdle(page);
    await page.locator('button[data-print-activity="okinawa-returns"]').click();
    const bar = page.locator('.activity-print-bar');
    await bar.and(page.locator('[data-ready="true"]')).waitFor();
    assert.match((await bar.textContent()) ?? '', /沖縄の土地返還/);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __printed?: number }).__printed),
      1,
      'print opened once',
    );

    const dir = mkdtempSync(join(tmpdir(), 'atlas-activity-'));
    const pdf = join(dir, 'activity.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    assert.match(execFileSync('pdfinfo', [pdf]).toString(), /^Pages:\s+2$/m, 'two pages');
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'])
        .toString()
        .replace(/\s+/g, '');

    const guide = pageText(1);
    assert.match(guide, /教員用の手引き:沖縄の土地返還/);
    assert.match(guide, /答え:「北部訓練場の過半\(約4,000ヘクタール\)の引渡し」/);
    assert.match(guide, /段落s3-p3/, 'the answer cites its paragraph');
    assert.match(guide, /外交青書2025/);
    // (pdftotext puts the year, drawn in another font, apart from its sentence.)
    assert.match(guide, /統合計画以降に返還:4,114\.6ha/, 'the timeline’s figure for 2017, from the data');

    const sheet = pageText(2);
    assert.match(sheet, /生徒用ワークシート:沖縄の土地返還/);
    assert.match(sheet, /名前/);
    assert.match(sheet, /約何ヘクタール/);
    assert.doesNotMatch(sheet, /答え|4,000ヘクタール\)の引渡し|4,114\.6/, 'no answers on the students’ page');

    // The worksheet's map: Okinawa's land and sea, and the return items, drawn.
    const pixels = pdfPagePixels(pdf, 2, 'activity-sheet', 0.1, 0.45);
    assert.ok(hasColour(pixels, '#cfe3ef', 6), 'sea is drawn');
    assert.ok(hasColour(pixels, '#f1efe8', 6), 'land is drawn');
    assert.ok(hasColour(pixels, '#CC79A7', 40), 'return items are drawn');

    // Closed, the page prints as before (the map, not the activity).
    await bar.getByRole('button', { name: '閉じる' }).click();
    await bar.waitFor({ state: 'detached' });

    // The other activities print as two pages too: answers cited on the guide, none on the sheet.
    for (const [id, title] of [
      ['bases-and-land', '米軍施設はどこに、どれだけあるか'],
      ['futenma-henoko', '普天間と辺野古'],
      ['lesson', 'わたしの授業'],
    ] as const) {
      await page.locator(`button[data-print-activity="${id}"]`).click();
      await bar.and(page.locator('[data-ready="true"]')).waitFor();
      const file = join(dir, `${id}.pdf`);
      await page.pdf({ path: file, format: 'A4' });
      assert.match(execFileSync('pdfinfo', [file]).toString(), /^Pages:\s+2$/m, `${id}: two pages`);
      const text = (n: number) =>
        execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'])
          .toString()
          .replace(/\s+/g, '');
      assert.ok(text(1).includes(`教員用の手引き:${title}`), id);
      assert.match(text(1), /答え:.*段落s\d/, `${id}: answers cite paragraphs`);
      assert.ok(text(2).includes(`生徒用ワークシート:${title}`), id);
      assert.doesNotMatch(text(2), /答え/, `${id}: no answers on the sheet`);
      await bar.getByRole('button', { name: '閉じる' }).click();
      await bar.waitFor({ state: 'detached' });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
