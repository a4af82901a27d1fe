/**
 * The Content Security Policy of the built pages: index.html allows no origin but its own, no inline
 * script and no eval; online.html allows exactly the GSI tile server besides. The driver turns every
 * violation into a console error, so every spec that expects no errors also expects none; this spec
 * proves the policy is there and enforced, and walks the main features with none recorded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORIGIN, atlasSuite, openAtlas, waitForMapIdle } from './driver';

const GSI = 'https://cyberjapandata.gsi.go.jp';

/** Every scheme, host or origin a policy names (https://…, data:, blob: …). */
const originsIn = (policy: string) => policy.match(/\b[a-z][a-z0-9+.-]*:(\/\/[^\s;]+)?/g) ?? [];

describe('Content Security Policy', () => {
  const suite = atlasSuite();

  // The policy as the server sends the pages (a meta element in each): read from the HTML itself,
  // without drawing the atlas; the tests below show the browser enforces it.
  const policyIn = async (page: string) => {
    const html = await (await fetch(`${ORIGIN}/${page}`)).text();
    return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? null;
  };

  it('index.html carries a strict policy naming no external origin', async () => {
    const policy = await policyIn('index.html');
    assert.ok(policy, 'the built page has a policy');
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      // blob: is the map's copy of an imported layer, made in the page and fetched by MapLibre's worker.
      "connect-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
    ])
      assert.ok(policy.split('; ').includes(directive), `${directive} in ${policy}`);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
    assert.deepEqual(
      originsIn(policy).filter((o) => !['data:', 'blob:'].includes(o)),
      [],
      'no external origin',
    );
  });

  it('online.html allows exactly the GSI tile server besides, for images and fetches', async () => {
    const offline = (await policyIn('index.html'))!;
    const online = (await policyIn('online.html'))!;
    assert.deepEqual(
      originsIn(online).filter((o) => !['data:', 'blob:'].includes(o)),
      [GSI, GSI],
    );
    assert.equal(
      online,
      offline
        .replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${GSI}`)
        .replace("connect-src 'self'", `connect-src 'self' ${GSI}`),
    );
  });

  it('does not run an injected inline script, and records the violation', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    assert.equal(errors.length, 0, `no violation before: ${JSON.stringify(errors)}`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      // An inline script runs as it is inserted, if at all; the browser reports the refusal.
      const refused = new Promise((resolve) =>
        document.addEventListener('securitypolicyviolation', resolve, { once: true }),
      );
      document.body.append(script);
      await refused;
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    assert.equal(ran, false, 'the inline script did not run');
    assert.ok(
      errors.some((e) => e.startsWith('CSP violation: script-src-elem')),
      `a violation was recorded: ${JSON.stringify(errors)}`,
    );
    await page.close();
  });

  it('records no violation through the main features', async () => {
    // With the service worker, whose script and fetches the policy also governs.
    const { page, errors, external } = await openAtlas(
      suite.browser,
      '#feature=kadena&lang=en',
      undefined,
      undefined,
      {
        serviceWorker: true,
      },
    );
    await waitForMapIdle(page);
    const details = page.locator('.details[data-feature="kadena"]');
    await details.waitFor();
    await details.locator('.quote mark').first().waitFor();
    await page.getByRole('tab', { name: 'Document' }).click();
    await page.locator('.reader-part[data-part="s6-p1"]').waitFor();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('.feature-table tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await page.getByRole('button', { name: 'Start a quiz' }).click();
    const question = page.locator('.question');
    await question.waitFor();
    if ((await question.getAttribute('data-kind')) === 'return-order')
      await question.getByRole('button', { name: 'Check' }).click();
    else await question.locator('.quiz-options button').first().click();
    await page.locator('.feedback').waitFor();
    await page.getByRole('tab', { name: 'Returns' }).click();
    await waitForMapIdle(page);
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    await page.close();
  });
});
