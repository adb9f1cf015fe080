import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../helpers/browser';
import { createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signIn(page: Page, password = t.demoPassword) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(demoUsers.viewer);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('signing in and browsing organisations', () => {
  it('sends a visitor to the sign-in page, signs in and lists the nine municipalities', async () => {
    const page = await (await browser.newContext()).newPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(`${baseUrl}/organisationer`);
    await expect.poll(() => page.url()).toMatch(/logga-in/);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    await expectNoAxeViolations(page);

    await page.getByLabel('E-postadress').fill(demoUsers.viewer);
    await page.getByLabel('Lösenord').fill(t.demoPassword);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.url()).toMatch(/\/organisationer$/);

    const main = page.getByRole('main');
    for (const name of [
      'Eskilstuna kommun',
      'Flens kommun',
      'Gnesta kommun',
      'Katrineholms kommun',
      'Nyköpings kommun',
      'Oxelösunds kommun',
      'Strängnäs kommun',
      'Trosa kommun',
      'Vingåkers kommun',
    ]) {
      await main.getByRole('link', { name, exact: false }).first().waitFor();
    }
    await expectNoAxeViolations(page);

    await main.getByRole('link', { name: 'Kullbergska sjukhuset' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Kullbergska sjukhuset' }).waitFor();
    await expect.poll(() => main.textContent()).toMatch(/Vingåkers kommun/);
    await expectNoAxeViolations(page);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('shows the API’s sentence when the password is wrong', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, 'fel-lösenord');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBeTruthy();
    expect(page.url()).toMatch(/logga-in/);
    await page.close();
  });
});
