import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchChromium,
  shotPath,
  shotsDir,
  tabTo,
} from '../helpers/browser';
import { createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/**
 * The banner on a phone: one row with the name and a "Meny" button, the navigation, language and
 * account behind it. The menu works by keyboard alone, closes on a new page and on Escape, and
 * axe finds nothing with it open or closed. On a wide screen the navigation is shown as before.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;

const phone = { width: 375, height: 740 };
const desktop = { width: 1280, height: 900 };

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedInPage(viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(demoUsers.admin);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await startPage(page).waitFor();
  return page;
}

const startPage = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' });

/** The navigation's links as they are on screen: only those a person can see. */
const visibleNavLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav[aria-label="Huvudmeny"] a')]
      .filter((link) => link.checkVisibility())
      .map((link) => ({ text: link.textContent?.trim(), height: link.offsetHeight })),
  );

const navLinkNames = [
  'Start',
  'Sök',
  'Hitta motpart',
  'Organisationer',
  'Nätverk',
  'Ny i nätverket',
  'Administration',
];

describe('the banner on a phone', () => {
  it('is one row with a menu button that opens, follows a link and closes by keyboard alone', async () => {
    const page = await signedInPage(phone);
    // From the top of a freshly loaded page, as someone arriving with a keyboard would.
    await page.goto(`${baseUrl}/`);
    await startPage(page).waitFor();
    await page.waitForLoadState('networkidle');

    const banner = page.getByRole('banner');
    const height = await banner.evaluate((element) => element.getBoundingClientRect().height);
    expect(height, 'banner height with the menu closed').toBeLessThanOrEqual(80);
    const menuButton = page.getByRole('button', { name: 'Meny', exact: true });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menuButton.getAttribute('aria-controls')).toBeTruthy();
    expect(await visibleNavLinks(page)).toEqual([]);
    // Closed means gone, not just out of sight: nothing in it can take focus.
    expect(await page.getByRole('button', { name: 'Logga ut' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    if (shotsDir) await page.screenshot({ path: shotPath('phone-menu-375-closed.png') });

    await tabTo(page, 'Meny', 5);
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const links = await visibleNavLinks(page);
    expect(links.map((link) => link.text)).toEqual(navLinkNames);
    for (const link of links)
      expect(link.height, `${link.text} is a touch target`).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'English', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await expectNoAxeViolations(page);
    if (shotsDir) await page.screenshot({ path: shotPath('phone-menu-375-open.png') });

    // Follow a link with the keyboard: the new page comes with the menu closed.
    await tabTo(page, 'Organisationer');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/organisationer');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await visibleNavLinks(page)).toEqual([]);

    // Open again, go into the menu, and Escape: closed, with focus back on the button.
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await tabTo(page, 'Start');
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await visibleNavLinks(page)).toEqual([]);
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // In English the button says so, and the menu works the same.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const menuButtonEn = page.getByRole('button', { name: 'Menu', exact: true });
    expect(await menuButtonEn.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    expect(await menuButtonEn.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('keeps the language switch within reach on the sign-in page', async () => {
    const page = await (await browser.newContext({ viewport: phone })).newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Meny' }).count()).toBe(0);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(page);
    if (shotsDir) await page.screenshot({ path: shotPath('phone-menu-375-sign-in.png') });
    await page.close();
  });
});

describe('the banner on a wide screen', () => {
  it('shows the navigation, language and account, and no menu button', async () => {
    const page = await signedInPage(desktop);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
    const links = await visibleNavLinks(page);
    expect(links.map((link) => link.text)).toEqual(navLinkNames);
    expect(await page.getByRole('button', { name: 'Svenska', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    if (shotsDir) await page.screenshot({ path: shotPath('phone-menu-1280.png') });
    await page.close();
  });
});
