import type { CreateUserResponse } from '@nk/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../helpers/browser';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

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

async function invite(email: string): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: bearer(await t.signIn(demoUsers.admin)),
    payload: { email, displayName: 'Ny i nätverket', role: 'viewer' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CreateUserResponse>().invitation.url;
}

describe('the invitation link', () => {
  it('lets the invited person choose a password, refusing a common one, and signs them in', async () => {
    const link = await invite('inbjuden@demo.example');
    expect(link).toMatch(/^\/aktivera\?token=/);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}${link}`);
    await page.getByRole('heading', { level: 1, name: 'Välj ditt lösenord' }).waitFor();
    await expectNoAxeViolations(page);

    // The two fields must agree before anything is sent.
    await page.getByLabel('Nytt lösenord').fill('fyra ord som hör ihop');
    await page.getByLabel('Upprepa lösenordet').fill('fyra ord som hor ihop');
    await page.getByRole('button', { name: 'Spara och logga in' }).click();
    await page.getByText('Lösenorden är inte likadana.').waitFor();

    // The API refuses a common password; the reason appears next to the field.
    await page.getByLabel('Nytt lösenord').fill('password1');
    await page.getByLabel('Upprepa lösenordet').fill('password1');
    await page.getByRole('button', { name: 'Spara och logga in' }).click();
    await page.getByText('Det lösenordet är ett av de vanligaste').waitFor();
    expect(await page.getByLabel('Nytt lösenord').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await page.getByLabel('Nytt lösenord').fill('fyra ord som hör ihop');
    await page.getByLabel('Upprepa lösenordet').fill('fyra ord som hör ihop');
    await page.getByRole('button', { name: 'Spara och logga in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.getByText('inbjuden@demo.example').first().waitFor();

    // The link works once.
    const again = await (await browser.newContext()).newPage();
    await again.goto(`${baseUrl}${link}`);
    await again.getByLabel('Nytt lösenord').fill('fem andra ord som hör ihop');
    await again.getByLabel('Upprepa lösenordet').fill('fem andra ord som hör ihop');
    await again.getByRole('button', { name: 'Spara och logga in' }).click();
    await again.getByText('Länken fungerar inte längre').waitFor();
  });
});
