import type { Organisation, Person } from '@nk/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, expectNoAxeViolations, launchChromium } from '../helpers/browser';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let admin: Record<string, string>;
let steward: Record<string, string>;
let unitId: string;
const unitName = 'Hemtjänsten Norr';

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  admin = bearer(await t.signIn(demoUsers.admin));
  steward = bearer(await t.signIn(demoUsers.editor));
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  const eskilstuna = list
    .json<{ items: Organisation[] }>()
    .items.find((o) => o.name === 'Eskilstuna kommun');
  // A unit of its own below Eskilstuna kommun, so the steward's list starts from a known state.
  const unit = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations',
    headers: admin,
    payload: { name: unitName, kind: 'unit', parentId: eskilstuna?.id },
  });
  expect(unit.statusCode, unit.body).toBe(201);
  unitId = unit.json<Organisation>().id;
  // What the unit looks like before the steward's new list: Anna Ek and Bo Berg hold posts.
  const baseline = [
    'givenName,familyName,email,title,phone,role,validFrom',
    'Anna,Ek,anna.ek@hemtjanst.example,Samordnare,016-10 00 01,Närvårdskoordinator,2024-01-01',
    'Bo,Berg,bo.berg@hemtjanst.example,,016-10 00 02,processledare-kommun,2024-01-01',
  ].join('\r\n');
  const preview = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports?organisation=${unitId}`,
    headers: { ...steward, 'content-type': 'text/csv' },
    payload: baseline,
  });
  expect(preview.statusCode, preview.body).toBe(201);
  const commit = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/${preview.json<{ id: string }>().id}/commit`,
    headers: steward,
    payload: {},
  });
  expect(commit.statusCode, commit.body).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Signed in as one of the demo users, in a fresh browser context. */
async function signedInPage(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' }).waitFor();
  return page;
}

/**
 * The steward's new list, as Swedish Excel saves it (Windows-1252, semicolons): Anna's phone
 * changes, David Öberg is new, Bo Berg is missing (his post ends), Erik's row is wrong in three
 * columns and "Annah Ek" with another address looks like Anna (a possible duplicate).
 */
const newList = Buffer.from(
  [
    'Förnamn;Efternamn;E-post;Titel;Telefon;Roll',
    'Anna;Ek;anna.ek@hemtjanst.example;Samordnare;016-10 00 99;Närvårdskoordinator',
    'David;Öberg;david.oberg@hemtjanst.example;Utvecklare;;Närvårdskoordinator',
    'Erik;;inte-en-adress;;;Påhittad roll',
    'Annah;Ek;annah.ek@annan.example;;;',
  ].join('\r\n'),
  'latin1',
);

/** What a full export of the unit shows: its people and who holds which post. */
async function directoryOfUnit() {
  const people = await t.app.inject({
    url: `/api/v1/people?organisation=${unitId}&limit=500`,
    headers: admin,
  });
  const posts = await t.app.inject({
    url: `/api/v1/posts?organisation=${unitId}&limit=500`,
    headers: admin,
  });
  type PostRow = {
    role: { key: string };
    holders: { validFrom: string; validTo: string | null; person: { id: string } }[];
  };
  return {
    people: people
      .json<{ items: Person[] }>()
      .items.map(({ id, givenName, familyName, email, phone, mobile, title }) => ({
        id,
        givenName,
        familyName,
        email,
        phone,
        mobile,
        title,
      })),
    posts: posts
      .json<{ items: PostRow[] }>()
      .items.map((post) => ({
        role: post.role.key,
        holders: post.holders.map((h) => `${h.person.id} ${h.validFrom}–${h.validTo}`),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

async function chooseFile(page: Page) {
  const organisation = page.getByRole('combobox', { name: 'Organisation' });
  if ((await organisation.inputValue()) !== `${unitName} (Eskilstuna kommun)`) {
    await organisation.fill('hemtjänsten no');
    await page.getByRole('option', { name: `${unitName} (Eskilstuna kommun)` }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await organisation.inputValue()).toBe(`${unitName} (Eskilstuna kommun)`);
  }
  await page
    .getByLabel('Fil (CSV)')
    .setInputFiles({ name: 'personal-norr.csv', mimeType: 'text/csv', buffer: newList });
  await page.getByRole('button', { name: 'Förhandsgranska', exact: true }).click();
}

const summaryOf = (page: Page) =>
  page
    .getByRole('definition')
    .evaluateAll((items) =>
      items.map((dd) => `${dd.previousElementSibling?.textContent} ${dd.textContent}`),
    );

const importRows = (page: Page) =>
  page.getByRole('table', { name: 'Rader i filen och uppdrag som avslutas' }).locator('tbody tr');

describe('CSV import by a steward', () => {
  it('previews exactly 1 add, 1 change, 1 end, 1 error and 1 duplicate, applies them, finds nothing to do the second time and undoes the whole import', async () => {
    const before = await directoryOfUnit();
    expect(before.people.map((p) => p.email).sort()).toEqual([
      'anna.ek@hemtjanst.example',
      'bo.berg@hemtjanst.example',
    ]);
    const page = await signedInPage(demoUsers.editor);
    await page.getByRole('link', { name: 'Administration' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('link', { name: 'Läs in personallista (CSV)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Läs in personallista' }).waitFor();

    // Nothing chosen: the form says what is missing, next to the fields.
    await page.getByRole('button', { name: 'Förhandsgranska', exact: true }).click();
    await page.getByText('Välj vilken organisation listan gäller.').waitFor();
    await expectNoAxeViolations(page);

    await chooseFile(page);
    await page.getByRole('heading', { level: 2, name: 'Förhandsgranskning' }).waitFor();
    expect(page.url()).toMatch(/\/admin\/import\?import=[0-9a-f-]{36}$/);
    expect(await summaryOf(page)).toEqual([
      'Läggs till 1',
      'Ändras 1',
      'Uppdrag avslutas 1',
      'Oförändrad 0',
      'Fel 1',
      'Möjlig dubblett 1',
    ]);
    const rows = importRows(page);
    expect(await rows.count()).toBe(5);
    const rowText = (name: string) =>
      rows.filter({ has: page.getByRole('rowheader', { name, exact: true }) }).innerText();
    expect(await rowText('Anna Ek')).toMatch(/Ändras[\s\S]*Telefon:\s*016-10 00 01\s*→/);
    expect(await rowText('Anna Ek')).toContain('016-10 00 99');
    expect(await rowText('David Öberg')).toMatch(/Läggs till[\s\S]*Efternamn:\s*Öberg/);
    expect(await rowText('Bo Berg')).toMatch(/Finns inte i filen[\s\S]*Uppdrag avslutas/);
    expect(await rowText('Annah Ek')).toContain('Möjlig dubblett');
    const erik = await rowText('Erik');
    expect(erik).toContain('Kolumnen ”Efternamn”: är tom');
    expect(erik).toContain('Kolumnen ”E-post”: är inte en e-postadress');
    expect(erik).toContain('Kolumnen ”Roll”: ”Påhittad roll” är inte en roll i katalogen');

    await page.getByRole('button', { name: 'Fel (1)' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('button', { name: 'Alla (5)' }).click();
    await expect.poll(() => rows.count()).toBe(5);
    await expectNoAxeViolations(page);

    // Rows with errors are left out only by an explicit choice.
    expect(await page.getByRole('button', { name: 'Genomför inläsningen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Importera bara de giltiga raderna' }).click();
    await page.getByRole('heading', { level: 2, name: 'Inläsningen är klar' }).waitFor();
    const committedUrl = page.url();
    expect(await summaryOf(page)).toEqual(['Tillagda 1', 'Ändrade 1', 'Avslutade uppdrag 1']);
    await expectNoAxeViolations(page);

    const after = await directoryOfUnit();
    expect(after.people.find((p) => p.email === 'anna.ek@hemtjanst.example')?.phone).toBe(
      '016-10 00 99',
    );
    expect(after.people.map((p) => p.email)).toContain('david.oberg@hemtjanst.example');
    expect(after.people.map((p) => p.email)).not.toContain('annah.ek@annan.example');
    const boId = before.people.find((p) => p.givenName === 'Bo')?.id;
    // Bo's post is no longer his; his assignment is ended, not deleted.
    expect(after.posts.flatMap((p) => p.holders).some((h) => h.startsWith(`${boId}`))).toBe(false);
    const bo = await t.app.inject({ url: `/api/v1/assignments?person=${boId}`, headers: admin });
    expect(bo.json<{ items: { validTo: string | null }[] }>().items).toEqual([
      expect.objectContaining({ validTo: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    ]);

    // The same file again: nothing left to change.
    await page.getByRole('button', { name: 'Läs in en ny fil' }).click();
    const organisation = page.getByRole('combobox', { name: 'Organisation' });
    await organisation.waitFor();
    // The organisation of the last file is already chosen.
    expect(await organisation.inputValue()).toBe(`${unitName} (Eskilstuna kommun)`);
    await chooseFile(page);
    await page.getByRole('heading', { level: 2, name: 'Förhandsgranskning' }).waitFor();
    await page.getByText('Filen ändrar ingenting').waitFor();
    expect((await summaryOf(page)).slice(0, 3)).toEqual([
      'Läggs till 0',
      'Ändras 0',
      'Uppdrag avslutas 0',
    ]);
    expect(
      await page.getByRole('button', { name: /Importera bara|Genomför inläsningen/ }).count(),
    ).toBe(0);

    // Back to the committed import (its address keeps it) and undo it as a whole.
    await page.goto(committedUrl);
    await page.getByRole('heading', { level: 2, name: 'Inläsningen är klar' }).waitFor();
    await page.getByRole('button', { name: 'Ångra hela importen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ångra hela importen?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ja, ångra importen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Importen är ångrad' }).waitFor();
    expect(await directoryOfUnit()).toEqual(before);
    await page.close();
  }, 120_000);

  it('keeps the audit log and the users from a steward, on the page and in the API', async () => {
    const page = await signedInPage(demoUsers.editor);
    for (const path of ['/admin/logg', '/admin/anvandare']) {
      await page.goto(`${baseUrl}${path}`);
      await page
        .getByRole('heading', { level: 1, name: 'Du har inte behörighet till den här sidan' })
        .waitFor();
      await page.getByText('Den här sidan är bara för administratörer.').waitFor();
      await expectNoAxeViolations(page);
    }
    expect((await t.app.inject({ url: '/api/v1/audit', headers: steward })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/users', headers: steward })).statusCode).toBe(403);
    // The start page offers the steward only what they may use.
    await page.goto(`${baseUrl}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    expect(await page.getByRole('link', { name: 'Loggbok' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Användare' }).count()).toBe(0);
    await page.close();

    const reader = await signedInPage(demoUsers.viewer);
    await reader.goto(`${baseUrl}/admin/import`);
    await reader
      .getByRole('heading', { level: 1, name: 'Du har inte behörighet till den här sidan' })
      .waitFor();
    await reader.close();
  });
});

describe('administration for an administrator', () => {
  it('shows the import’s changes in the audit log as a readable diff, filtered by person and by who', async () => {
    const people = await t.app.inject({
      url: `/api/v1/people?organisation=${unitId}&limit=500`,
      headers: admin,
    });
    const anna = people.json<{ items: Person[] }>().items.find((p) => p.givenName === 'Anna');
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/admin`);
    await page.getByRole('link', { name: 'Loggbok' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loggbok' }).waitFor();

    await page.getByLabel('Typ av uppgift').selectOption({ label: 'Person' });
    await page.getByLabel('Vem').selectOption({ label: 'Demoredaktör Eskilstuna' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/entityType=person/);
    const events = page.locator('.admin-events > li');
    await events.first().waitFor();
    const texts = await events.allInnerTexts();
    expect(texts.every((text) => text.includes('av Demoredaktör Eskilstuna'))).toBe(true);
    const change = texts.find(
      (text) => /Anna Ek ändrad/.test(text) && text.includes('016-10 00 99'),
    );
    expect(change).toMatch(/Telefon:\s*016-10 00 01\s*→\s*ändrat till\s*016-10 00 99/);
    expect(texts.some((text) => /David Öberg skapad/.test(text))).toBe(true);
    await expectNoAxeViolations(page);

    // One person's whole history: the import's change and its undo.
    await page.goto(`${baseUrl}/admin/logg?entityId=${anna?.id}`);
    await events.first().waitFor();
    const history = await events.allInnerTexts();
    const changed = (from: string, to: string) =>
      history.some((text) => new RegExp(`${from}\\s*→\\s*ändrat till\\s*${to}`).test(text));
    expect(changed('016-10 00 01', '016-10 00 99')).toBe(true);
    expect(changed('016-10 00 99', '016-10 00 01')).toBe(true);
    await page.close();
  });

  it('invites an editor for an organisation chosen by searching, shows the one-time link, and disables after a confirmation', async () => {
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/admin/anvandare`);
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByRole('rowheader', { name: /Demoredaktör Eskilstuna/ }).waitFor();

    const form = page.getByRole('region', { name: 'Bjud in en användare' });
    await form.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await form.getByText('Skriv e-postadressen.').waitFor();
    await form.getByLabel('E-postadress').fill('karin.lund@flen.example');
    await form.getByLabel('Namn', { exact: true }).fill('Karin Lund');
    await form.getByRole('radio', { name: 'Redaktör' }).check();
    await form.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await form.getByText('Välj minst en organisation som redaktören ska ansvara för.').waitFor();
    const scope = form.getByRole('combobox', {
      name: 'Organisationer som redaktören ansvarar för',
    });
    await scope.fill('flen');
    await page.getByRole('option', { name: 'Flens kommun' }).click();
    await form
      .getByRole('list', { name: 'Valda organisationer' })
      .getByText('Flens kommun')
      .waitFor();
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Skapa inbjudan' }).click();

    await form.getByText('Karin Lund är inbjuden.').waitFor();
    const link = await form.getByLabel('Inbjudningslänk till Karin Lund').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}/aktivera\\?token=[\\w-]+$`));
    const karin = page.getByRole('row', { name: /Karin Lund/ });
    await karin.waitFor();
    expect(await karin.innerText()).toMatch(/Redaktör[\s\S]*Flens kommun[\s\S]*Inbjuden/);
    await expectNoAxeViolations(page);

    await karin.getByRole('button', { name: 'Stäng av Karin Lund' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stäng av Karin Lund?' });
    await dialog.getByText('loggas ut direkt').waitFor();
    await dialog.getByRole('button', { name: 'Stäng av användaren' }).click();
    await page.getByText('Karin Lund är avstängd och har loggats ut.').waitFor();
    expect(await karin.innerText()).toContain('Avstängd');
    await page.close();
  });

  it('has no accessibility violations on any administration page, wide and narrow, in Swedish and English', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 800 },
    ]) {
      const page = await signedInPage(demoUsers.admin, viewport);
      for (const [path, heading] of [
        ['/admin', 'Administration'],
        ['/admin/import', 'Läs in personallista'],
        ['/admin/logg', 'Loggbok'],
        ['/admin/anvandare', 'Användare'],
      ] as const) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      }
      await chooseLanguage(page, 'en');
      for (const [path, heading] of [
        ['/admin', 'Administration'],
        ['/admin/import', 'Read in a staff list'],
        ['/admin/logg', 'Audit log'],
        ['/admin/anvandare', 'Users'],
      ] as const) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      }
      await page.close();
    }
  }, 120_000);
});
