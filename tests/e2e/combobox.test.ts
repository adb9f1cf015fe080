import type { Organisation, Person } from '@nk/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, shotPath, shotsDir } from '../helpers/browser';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

// The shared combobox (apps/web/src/components/combobox.tsx), through the merge page's person
// pickers: their options come from the search API as the person types.

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let berg: Person;
let bergstrom: Person;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const steward = bearer(await t.signIn(demoUsers.editor));
  const organisations = await t.app.inject({
    url: '/api/v1/organisations?limit=500',
    headers: steward,
  });
  const eskilstuna = organisations
    .json<{ items: Organisation[] }>()
    .items.find((o) => o.name === 'Eskilstuna kommun')?.id;
  const create = async (familyName: string, email: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: steward,
      payload: { givenName: 'Ylva', familyName, organisationId: eskilstuna, email },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Person>();
  };
  berg = await create('Berg', 'ylva.berg@eskilstuna.example');
  bergstrom = await create('Bergström', 'ylva.bergstrom@eskilstuna.example');
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedInPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(demoUsers.editor);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' }).waitFor();
  return page;
}

async function openMerge(page: Page) {
  await page.goto(`${baseUrl}/admin/sammanfoga`);
  await page.getByRole('heading', { level: 1, name: 'Slå ihop dubbletter' }).waitFor();
  return page.getByRole('combobox', { name: 'Post som behålls' });
}

/** Holds back the search API's answers for texts that start with `prefix`, by `ms`. */
async function slowSearches(page: Page, prefix: string, ms: number) {
  const held: string[] = [];
  await page.route('**/api/v1/search?**', async (route) => {
    const q = new URL(route.request().url()).searchParams.get('q') ?? '';
    if (q.toLowerCase().startsWith(prefix)) {
      held.push(q);
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    // A search the app has given up on meanwhile is gone; there is nothing left to continue.
    await route.continue().catch(() => undefined);
  });
  return held;
}

describe('the shared combobox', () => {
  it('chooses the option for the whole text when Enter comes before its search has answered', async () => {
    const page = await signedInPage();
    const keep = await openMerge(page);
    const held = await slowSearches(page, 'ylva bergs', 1500);

    // A shorter text lists the wrong person first, highlighted.
    await keep.click();
    await page.keyboard.type('ylva berg');
    const list = page.getByRole('listbox', { name: 'Post som behålls' });
    await list.getByRole('option', { name: /Ylva Berg.*ylva\.berg@/, selected: true }).waitFor();
    expect(await list.getByRole('option').count()).toBe(2);

    // The rest of the name, and Enter at once: the search for the whole name has not answered,
    // so the list still holds the shorter text's people, the wrong one highlighted.
    await page.keyboard.type('ström');
    await expect.poll(() => held.length, { timeout: 1000 }).toBeGreaterThan(0);
    expect(
      await list.getByRole('option', { name: /Ylva Berg.*ylva\.berg@/, selected: true }).count(),
    ).toBe(1);
    await page.keyboard.press('Enter');

    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('keep=');
    expect(page.url()).toContain(`keep=${bergstrom.id}`);
    await expect.poll(() => keep.inputValue()).toBe('Ylva Bergström');
    await expect.poll(() => list.isVisible()).toBe(false);
    await page.close();
  });

  it('leaves with Esc or Tab without choosing and shows the chosen name again', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/admin/sammanfoga?keep=${berg.id}`);
    const keep = page.getByRole('combobox', { name: 'Post som behålls' });
    await expect.poll(() => keep.inputValue()).toBe('Ylva Berg');
    const list = page.getByRole('listbox', { name: 'Post som behålls' });

    await keep.click();
    await keep.fill('ylva bergström');
    await list
      .getByRole('option', { name: /Ylva Bergström.*ylva\.bergstrom@/, selected: true })
      .waitFor();
    await page.getByRole('status').filter({ hasText: '1 träff. Välj med Enter.' }).waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    expect(await keep.inputValue()).toBe('Ylva Berg');
    expect(await list.isVisible()).toBe(false);

    await keep.fill('ylva bergström');
    await list
      .getByRole('option', { name: /Ylva Bergström.*ylva\.bergstrom@/, selected: true })
      .waitFor();
    await page.keyboard.press('Tab');
    expect(await keep.inputValue()).toBe('Ylva Berg');
    // Focus moved on; nothing was chosen.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe(
      'listbox',
    );
    expect(page.url()).toContain(`keep=${berg.id}`);
    expect(page.url()).not.toContain(bergstrom.id);

    // Too short to search: it says what to do instead of listing nothing.
    await keep.fill('y');
    await page.getByText('Skriv minst två tecken.').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await keep.inputValue()).toBe('Ylva Berg');

    if (shotsDir) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        await keep.fill('ylva berg');
        await list.getByRole('option').nth(1).waitFor();
        await page.keyboard.press('ArrowDown');
        await page.screenshot({ path: shotPath(`combobox-search-${width}.png`) });
        await page.keyboard.press('Escape');
      }
      // A local list with its button, and a required field with its error and no matches.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${baseUrl}/motparter`);
      const role = page.getByRole('combobox', { name: 'Roll' });
      await role.focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('listbox', { name: 'Roll' }).waitFor();
      await page.screenshot({ path: shotPath('combobox-local-1280.png') });
      await page.goto(`${baseUrl}/admin/import`);
      await page.getByRole('button', { name: 'Förhandsgranska', exact: true }).click();
      await page.getByRole('combobox', { name: 'Organisation' }).fill('xyz');
      await page.getByText('Ingen organisation matchar ”xyz”.').first().waitFor();
      await page.screenshot({ path: shotPath('combobox-error-1280.png') });
    }
    await page.close();
  });
});
