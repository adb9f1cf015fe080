import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../helpers/browser';
import { percentile } from './load';
import type { Row } from './table';

/** Queries typed into the search page, and a name among the hits that says they have painted. */
const queries: [typed: string, painted: string][] = [
  ['sjoqvist', 'Sjöqvist'],
  ['lindstr', 'Lindström'],
  ['eriksson', 'Eriksson'],
  ['karlsson', 'Karlsson'],
  ['processledare', 'Processledare'],
  ['kullbergska', 'Kullbergska'],
];
const rounds = 5;
/** A search whose hits never show fails the row instead of hanging the bench. */
const giveUpMs = 10_000;

/**
 * In-page code (a string: tsx would otherwise wrap the arrow functions in a helper the page
 * lacks) that starts the clock and resolves `window.paintDone` with the milliseconds until the
 * frame after the first hit shows `expected`, or rejects after `giveUpMs`.
 */
const watchForPaint = (expected: string) => `(() => {
  const started = performance.now();
  window.paintDone = new Promise((resolve, reject) => {
    const gaveUp = setTimeout(() => {
      observer.disconnect();
      reject(new Error('no hit showing ' + ${JSON.stringify(expected)} + ' was painted within ${giveUpMs} ms'));
    }, ${giveUpMs});
    const observer = new MutationObserver(() => {
      const first = document.querySelector('.search-results:not(.is-stale) .hit-name');
      if (!first || !first.textContent.includes(${JSON.stringify(expected)})) return;
      observer.disconnect();
      clearTimeout(gaveUp);
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})()`;

/**
 * B9, second half: milliseconds from the last keystroke in the search box to the frame in which
 * the hits for the whole word are on screen, in Debian's Chromium against `apiUrl` on localhost.
 * Each query is typed a letter at a time; the clock starts as the last letter is pressed and stops
 * at the next animation frame after the first hit shows the expected name.
 */
export async function paintRow(apiUrl: string, email: string, password: string): Promise<Row> {
  const row: Row = {
    id: 'B9',
    scenario: 'search results painted after the last keystroke (Chromium, localhost)',
    database: 'pglite',
    scale: 0,
    target: '≤ 150 ms',
  };
  if (!existsSync(chromiumPath))
    return { ...row, note: `not available: no Chromium at ${chromiumPath}` };
  const browser = await launchChromium();
  try {
    return await measurePaint(browser, apiUrl, email, password, row);
  } catch (error) {
    return { ...row, note: `failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await browser.close();
  }
}

async function measurePaint(
  browser: Browser,
  apiUrl: string,
  email: string,
  password: string,
  row: Row,
): Promise<Row> {
  const page = await browser.newPage();
  await page.goto(`${apiUrl}/`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  const times: number[] = [];
  // The first round warms the server and the browser and is not counted. Every round starts on
  // a freshly loaded page, so no answer comes from the page's cache of earlier searches.
  for (let round = 0; round <= rounds; round++) {
    await page.goto(`${apiUrl}/sok`);
    const box = page.getByRole('searchbox');
    await box.waitFor();
    for (const [typed, painted] of queries) {
      await box.fill('');
      await page.waitForTimeout(150);
      await box.pressSequentially(typed.slice(0, -1), { delay: 60 });
      await page.evaluate(watchForPaint(painted));
      await box.press(typed.slice(-1));
      const ms = await page.evaluate(
        () => (window as unknown as { paintDone: Promise<number> }).paintDone,
      );
      if (round > 0) times.push(ms);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  return {
    ...row,
    verdict: p95 <= 150 ? 'met' : 'NOT met',
    note: `p50 ${Math.round(p50)} ms, p95 ${Math.round(p95)} ms over ${times.length} searches (demo network)`,
  };
}
