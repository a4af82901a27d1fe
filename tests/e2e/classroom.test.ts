/**
 * End-to-end specs for the classroom: print to PDF with the map drawn, export the visible places,
 * and embed the current view.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  atlasSuite,
  downloadedText,
  hasColour,
  openAtlas,
  ORIGIN,
  pdfPagePixels,
  waitForMapIdle,
} from './driver';

describe('Classroom: print, export, embed', () => {
  const suite = atlasSuite();

  it('prints an A4 worksheet whose map is drawn, with the legend, the quote and the link', async () => {
    const { page } = await openAtlas(suite.browser, '#feature=kadena&lang=ja');
    await page.locator('.details[data-feature="kadena"]').waitFor();
    await waitForMapIdle(page);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-print-'));
    const pdf = join(dir, 'worksheet.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    // The map fills the top of the page: sample its upper half.
    const pixels = pdfPagePixels(pdf, 1, 'print-page', 0.05, 0.3);
    assert.ok(hasColour(pixels, '#cfe3ef', 6), 'sea is drawn');
    assert.ok(hasColour(pixels, '#f1efe8', 6), 'land is drawn');
    assert.ok(hasColour(pixels, '#D55E00', 40), 'facility symbols are drawn');
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    assert.match(text, /凡例/);
    assert.match(text, /嘉手納\(かでな\)飛行場/);
    assert.match(text, /外交青書2025/);
    assert.match(text.replace(/\s+/g, ''), /feature=kadena/);
    await page.close();
  });

  it('exports the visible places with citations as CSV and GeoJSON', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&layers=un-command-bases');
    await page.locator('.classroom').waitFor();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="csv"]').click(),
    ]);
    const csv = await downloadedText(csvDownload);
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, 1 + 8, 'a header and the eight UN Command features');
    assert.match(csv, /s6-p1: 「嘉手納\(かでな\)飛行場」/);
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="geojson"]').click(),
    ]);
    const geojson = JSON.parse(await downloadedText(jsonDownload));
    assert.equal(geojson.features.length, 8);
    assert.ok(
      geojson.features.every(
        (f: { properties: { citations: unknown[] } }) => f.properties.citations.length > 0,
      ),
    );
    await page.close();
  });

  it('gives an embed snippet whose page scrolls past the map and keeps the attribution', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&feature=misawa');
    await page.getByRole('button', { name: 'Embed code' }).click();
    const snippet = await page.locator('#embed-snippet').inputValue();
    assert.match(
      snippet,
      new RegExp(
        `^<iframe src="${ORIGIN.replaceAll('.', '\\.')}/#.*feature=misawa.*embed=1" title="Bluebook Atlas"`,
      ),
    );
    const src = /src="([^"]+)"/.exec(snippet)![1]!;
    const host = await suite.browser.newPage({ viewport: { width: 1000, height: 700 } });
    await host.goto(src);
    await waitForMapIdle(host);
    assert.equal(
      await host.locator('.maplibregl-cooperative-gesture-screen').count(),
      1,
      'cooperative gestures are on',
    );
    assert.ok(await host.locator('.maplibregl-ctrl-attrib').isVisible(), 'the attribution stays visible');
    await host.close();
    await page.close();
  });
});
