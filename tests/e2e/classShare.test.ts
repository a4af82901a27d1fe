/**
 * Sharing with a class, as a teacher and a student would: the teacher makes the students' link from
 * the quiz, copies it and shows its QR code (decoded here with jsQR, a decoder independent of the
 * encoder the atlas uses); a student opens it on a phone, in Japanese, answers every question, looks
 * at a place on the map and comes back to the same question, and sees the score — never a teacher's
 * note.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { ORIGIN, atlasSuite, openAtlas, screenshot } from './driver';

describe('Sharing with a class', () => {
  const suite = atlasSuite();
  /** The link the teacher's QR code reads as, which the student then opens (the tests run in order). */
  let scanned = '';

  it('gives the teacher a link to copy and a QR code that reads as exactly that link', async () => {
    const { page, errors } = await openAtlas(
      suite.browser,
      '#quiz=4242&lang=ja',
      { width: 1920, height: 1080 },
      async (p) => {
        await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
      },
    );
    await page.locator('.question').waitFor();
    await page.locator('.quiz').getByRole('button', { name: 'クラスで共有(QRコード)' }).click();
    const dialog = page.getByRole('dialog', { name: '生徒用のリンク' });
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('checkbox', { name: /表示を固定する/ }).isChecked(), true);
    assert.equal(await dialog.getByRole('checkbox', { name: /問題番号 4242/ }).isChecked(), true);
    const link = await dialog.getByRole('textbox', { name: 'リンク' }).inputValue();
    assert.match(link, /#.*quiz=4242.*lock=1/);
    assert.ok(link.startsWith(`${ORIGIN}/`), link);

    // The QR code, as the screen shows it, reads as the link; and it is big enough to scan
    // from afar when projected (at least a third of the screen's height).
    const qr = dialog.getByRole('img', { name: '生徒用リンクのQRコード' });
    const box = (await qr.boundingBox())!;
    assert.ok(box.height >= 1080 / 3, `the QR code is ${box.height} px high`);
    const png = PNG.sync.read(await qr.screenshot());
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.equal(read?.data, link, 'the QR code decodes to exactly the link');
    scanned = read?.data ?? '';
    await screenshot(page, 'share-class-projector-ja');

    // Unlocked, the link and its QR code change together.
    await dialog.getByRole('checkbox', { name: /表示を固定する/ }).uncheck();
    const unlocked = await dialog.getByRole('textbox', { name: 'リンク' }).inputValue();
    assert.doesNotMatch(unlocked, /lock=1/);
    const again = PNG.sync.read(await qr.screenshot());
    assert.equal(jsQR(new Uint8ClampedArray(again.data), again.width, again.height)?.data, unlocked);
    await dialog.getByRole('checkbox', { name: /表示を固定する/ }).check();

    await dialog.getByRole('button', { name: 'リンクをコピー' }).click();
    await dialog.getByRole('button', { name: 'コピーしました' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens the students’ link on a phone on the quiz; a student answers, looks at the map, comes back, and sees the score', async () => {
    // The link as a phone's camera reads it from the QR code.
    assert.ok(scanned.startsWith(`${ORIGIN}/#`), `the QR code was read: ${scanned}`);
    const { page, errors } = await openAtlas(suite.browser, new URL(scanned).hash, {
      width: 390,
      height: 844,
    });
    const question = page.locator('.question');
    await question.waitFor();
    assert.ok(await question.isVisible(), 'the quiz is the first thing on the phone');
    const teacherNotes = page.locator('.quiz-meta, .quiz .hint, .share-open');
    let looked = false;
    for (let i = 1; i <= 5; i++) {
      await question.waitFor();
      assert.match((await question.textContent()) ?? '', new RegExp(`第${i}問/全5問`));
      assert.equal(await teacherNotes.count(), 0, 'no teacher’s note');
      if ((await question.getAttribute('data-kind')) === 'return-order')
        await question.getByRole('button', { name: '答え合わせ' }).click();
      else await question.locator('.quiz-options button').first().click();
      await page.locator('.feedback').waitFor();
      const onMap = page.getByRole('button', { name: '地図で見る' });
      if (!looked && (await onMap.count()) > 0) {
        looked = true;
        const before = (await question.textContent()) ?? '';
        await onMap.click();
        await page.locator('.details[data-feature]').waitFor();
        assert.equal(await question.isVisible(), false, 'the map, with the place, replaces the quiz');
        await screenshot(page, 'share-student-phone-map-ja');
        await page.getByRole('button', { name: 'クイズに戻る' }).click();
        await question.waitFor();
        assert.equal((await question.textContent()) ?? '', before, 'back at the same question, answered');
        assert.ok(await page.getByRole('button', { name: '次へ' }).isVisible(), '「次へ」 is not covered');
        // Nothing covers it: the button is what is drawn where it is.
        assert.ok(
          await page.getByRole('button', { name: '次へ' }).evaluate((b) => {
            const r = b.getBoundingClientRect();
            return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b;
          }),
          '「次へ」 is on top',
        );
      }
      await page.getByRole('button', { name: '次へ' }).click();
    }
    assert.ok(looked, 'a question offered to show its place on the map');
    const score = page.locator('.score');
    await score.waitFor();
    assert.match((await score.textContent()) ?? '', /5/);
    assert.equal(await teacherNotes.count(), 0, 'no teacher’s note at the end either');
    await screenshot(page, 'share-student-phone-score-ja');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
