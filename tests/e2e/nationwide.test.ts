/**
 * End-to-end specs for the national layer: filters that hide facilities on the map and in the list
 * and live in the link, and the prefecture table with the official totals.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  atlasSuite,
  downloadedText,
  openAtlas,
  screenshot,
  until,
  viewInLink,
  waitForMapIdle,
} from './driver';

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

  it('filters Kanagawa + Navy the same on the map, in the list and in the CSV, frames it, says so, and clears in one click', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    await page.getByLabel('Prefecture', { exact: true }).selectOption('神奈川県');
    await page.getByLabel('Service', { exact: true }).selectOption('Navy');
    await page.waitForFunction(() =>
      /filter=pref%3A.*service%3ANavy|filter=service%3ANavy.*pref%3A/.test(window.location.hash),
    );
    // What the filter should keep, from geodata/: the Navy's facilities in Kanagawa, and nothing of
    // the layers that have no service (a return item, an exchange site).
    const facilities = JSON.parse(readFileSync('geodata/layers/us-facilities.geojson', 'utf8')) as {
      features: {
        id: string;
        properties: { service?: string; prefectures?: string[]; prefecture?: { ja: string } };
      }[];
    };
    const expected = facilities.features
      .filter(
        (f) =>
          f.properties.service === 'Navy' &&
          (f.properties.prefectures ?? [f.properties.prefecture?.ja]).includes('神奈川県'),
      )
      .map((f) => f.id)
      .sort();
    assert.ok(expected.length >= 3, `some Navy facilities in Kanagawa: ${expected.join(',')}`);

    // Said, shown on the map with a way to clear it, and framed.
    const said = `Kanagawa, Navy: ${expected.length} places`;
    await until(
      async () => (await page.locator('.announcer[role="status"]').textContent())?.trim(),
      (text) => text === said,
      `to hear "${said}"`,
    );
    const bar = page.locator('.filter-bar');
    assert.equal(
      await bar.locator('span').textContent(),
      `Filter: Kanagawa, Navy · ${expected.length} places`,
    );
    await waitForMapIdle(page);
    const [zoom, lat, lng] = ((await viewInLink(page)) ?? '').split('/').map(Number);
    assert.ok(
      zoom! >= 8 && lat! > 35 && lat! < 35.7 && lng! > 139.2 && lng! < 139.9,
      `framed on Kanagawa: ${zoom}/${lat}/${lng}`,
    );
    // The map draws exactly those places (each on its own at this zoom, or in clusters that count them).
    const drawn = await page.evaluate(() => {
      type Drawn = { layer: { id: string }; properties: { id?: string; point_count?: number } };
      const map = (window as unknown as { __benchMap: { queryRenderedFeatures: () => Drawn[] } }).__benchMap;
      const ids = new Set<string>();
      let clustered = 0;
      for (const f of map.queryRenderedFeatures()) {
        if (!/^(sym-|places-national-symbols)/.test(f.layer.id)) continue;
        if (f.properties.point_count) clustered += f.properties.point_count;
        else if (f.properties.id) ids.add(f.properties.id);
      }
      return { ids: [...ids].sort(), clustered };
    });
    assert.equal(drawn.ids.length + drawn.clustered, expected.length, `drawn: ${JSON.stringify(drawn)}`);
    for (const id of drawn.ids)
      assert.ok(expected.includes(id), `${id} drawn is one of ${expected.join(',')}`);

    // The list view: the same places.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const listed = await page
      .locator('.feature-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-feature') ?? ''));
    assert.deepEqual([...listed].sort(), expected, 'the list view');

    // The export: the same places, as CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="csv"]').click(),
    ]);
    const rows = (await downloadedText(download)).trim().split('\r\n').slice(1);
    assert.deepEqual(rows.map((r) => r.split(',')[0]).sort(), expected, 'the CSV');

    // One click clears it everywhere.
    await bar.getByRole('button', { name: 'Clear filter' }).click();
    await bar.waitFor({ state: 'detached' });
    await page.waitForFunction(() => !window.location.hash.includes('filter='));
    assert.equal(await page.getByLabel('Service', { exact: true }).inputValue(), '');
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
    // Nagasaki's facility areas reproduce the official figure; where a prefecture's do not, the row
    // says why (geodata/official-totals.json's differences, which check:geodata recomputes).
    assert.match((await summary.locator('tbody[data-prefecture="長崎県"]').textContent()) ?? '', /agrees/);
    assert.match(
      (await summary.locator('tbody[data-prefecture="広島県"]').textContent()) ?? '',
      /Akizuki and Hiro ammunition depots and the Haigamine site have no sourced area/,
    );
    assert.match(
      (await okinawa.textContent()) ?? '',
      /181,407 \(31\).*3 of the 31 facilities .* have no sourced area/,
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

  it('sets the figures of each definition of a base side by side, dated and sourced, beside the data’s own', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    await page.getByText('What counts as a U.S. base: the figures by definition').click();
    const panel = page.getByTestId('definitions');
    await panel.waitFor();
    const exclusive = panel.locator('[data-definition="exclusive"]');
    assert.match((await exclusive.locator('h3').textContent()) ?? '', /Exclusive-use facilities and areas/);
    assert.match(
      (await exclusive.locator('li[data-figure="okinawa-2020"]').textContent()) ?? '',
      /Okinawa.*2020.*31.*184,944 thousand m².*70\.27%.*jwing\.net/,
    );
    assert.match(
      (await exclusive.locator('li[data-figure="okinawa-2021"]').textContent()) ?? '',
      /2021.*31.*18,483\.3 ha.*70\.3%.*atochi\.ogb\.go\.jp/,
    );
    // Recomputed from the layer: the count is the official one; the area is not, and says why.
    assert.match(
      (await exclusive.locator('[data-from-layer]').textContent()) ?? '',
      /78 facilities, 31 in Okinawa: the same as the official 78 and 31 as of .*2020.*not the official 70\.27%/,
    );
    const allUse = panel.locator('[data-definition="all-use"]');
    assert.match(
      (await allUse.locator('li[data-figure="japan-2023"]').textContent()) ?? '',
      /Japan.*2023.*130.*about 97,984 ha.*metro\.tokyo/,
    );
    // The share no source publishes is marked as computed here: 23,098 ÷ 102,717 ha.
    assert.match(
      (await allUse.locator('[data-derived-share]').textContent()) ?? '',
      /computed here: about 22\.49% \(23,098 ha ÷ 102,717 ha\)\. No official share was found/,
    );
    assert.match(
      (await allUse.locator('[data-from-layer]').textContent()) ?? '',
      /cannot be computed from the data/,
    );
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'definitions-desktop-en');
    // The same in Japanese, at once (the panel follows the language).
    await page.locator('.lang-switch button', { hasText: '日本語' }).click();
    await page.getByText('公表された数値').first().waitFor();
    assert.match(
      (await exclusive.locator('[data-from-layer]').textContent()) ?? '',
      /施設数 78\(うち沖縄県 31\).*と一致/,
    );
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
