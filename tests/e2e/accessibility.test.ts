/**
 * axe-core on the main views in both languages: no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { atlasSuite, openAtlas, waitForMapIdle } from './driver';

const VIEWS: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'map', hash: '', ready: waitForMapIdle },
  {
    name: 'details',
    hash: 'feature=return-lower-plaza',
    ready: async (p) => void (await p.locator('.details').waitFor()),
  },
  {
    name: 'reader',
    hash: 'paragraph=s3-p3',
    ready: async (p) => void (await p.locator('.reader-part.active').waitFor()),
  },
  { name: 'list', hash: 'view=list', ready: async (p) => void (await p.locator('.feature-table').waitFor()) },
  { name: 'returns', hash: 'year=2017', ready: async (p) => void (await p.locator('.returns').waitFor()) },
  { name: 'search', hash: 'q=沖縄', ready: async (p) => void (await p.locator('.search input').focus()) },
];

describe('Accessibility (axe-core)', () => {
  const suite = atlasSuite();

  for (const lang of ['ja', 'en'] as const) {
    // One page per language: opened on the map, then its link edited to each view in turn, as a
    // reader following links would (each view's link is also loaded fresh by other specs).
    describe(lang, () => {
      let page: Page | undefined;
      before(async () => {
        page = (await openAtlas(suite.browser, `#lang=${lang}`)).page;
      });
      after(async () => page?.close());

      for (const view of VIEWS) {
        it(`${view.name} view in ${lang} has no serious or critical violations`, async () => {
          const p = page!;
          if (view.hash)
            await p.evaluate((hash) => (window.location.hash = hash), `#lang=${lang}&${view.hash}`);
          await view.ready(p);
          // Violations only: the passes and the undecided checks are not read here, and leaving them
          // out makes each run about a quarter cheaper.
          const results = await new AxeBuilder({ page: p })
            .options({ resultTypes: ['violations'] })
            .analyze();
          const serious = results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 4)
                  .join(' | ')}`,
            );
          assert.deepEqual(serious, []);
        });
      }
    });
  }
});
