import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; a missing browser fails the run instead of skipping it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and expects no violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** The focused element's text, trimmed. */
export const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/**
 * Presses Tab until the focused element's text is `text` and returns the texts focus went
 * through; fails after `limit` presses.
 */
export async function tabTo(page: Page, text: string, limit = 150): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedText(page);
    seen.push(focused);
    if (focused === text) return seen;
  }
  throw new Error(`"${text}" was not reached with Tab; focus went through: ${seen.join(' | ')}`);
}

/**
 * Chooses the interface language with the switch in the banner. On a phone the switch is in the
 * menu: it is opened for the choice and closed again, so the page looks as it did.
 * While a page's code loads, the banner is the signed-out one (switch in view, no menu): what is
 * on screen may change under the click, and then it looks again.
 */
export async function chooseLanguage(page: Page, language: 'sv' | 'en') {
  const choice = page.getByRole('button', {
    name: language === 'sv' ? 'Svenska' : 'English',
    exact: true,
  });
  const menu = page.getByRole('button', { name: /^(Meny|Menu)$/ });
  const closedMenu = page.getByRole('button', { name: /^(Meny|Menu)$/, expanded: false });
  const clicked = (locator: Locator) =>
    locator.click({ timeout: 2_000 }).then(
      () => true,
      () => false,
    );
  for (let attempt = 1; ; attempt++) {
    // Only what is on screen matches: the switch on a wide screen, the menu button on a phone.
    await choice.or(closedMenu).first().waitFor();
    if (await choice.isVisible()) {
      if (await clicked(choice)) return;
    } else if (await clicked(closedMenu)) {
      await choice.click();
      await menu.click();
      return;
    }
    if (attempt === 10) throw new Error(`could not choose the language ${language}`);
  }
}

/**
 * The folder for screenshots for people to look at (`SHOTS=/tmp/shots npm test`); unset, the
 * tests take none.
 */
export const shotsDir = process.env.SHOTS;

/** Where the file `name` goes in the `SHOTS` folder (made if missing); only when it is set. */
export function shotPath(name: string): string {
  if (!shotsDir) throw new Error('SHOTS is not set');
  mkdirSync(shotsDir, { recursive: true });
  return join(shotsDir, name);
}
