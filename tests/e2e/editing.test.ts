import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, expectNoAxeViolations, launchChromium } from '../helpers/browser';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let editorToken: string;
let adminToken: string;
let eskilstunaId: string;
let flenId: string;
let roleId: string;

const desktop = { width: 1280, height: 900 };
const phone = { width: 375, height: 800 };

interface Created {
  id: string;
  version: number;
}

/** A call to the API as a signed-in user, for setting up and checking what the browser did. */
async function api<T = Created>(
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
): Promise<T> {
  const response = await t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: bearer(token),
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300) {
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  }
  return response.json<T>();
}

let serial = 0;
/** A name no other test uses, so tests can run in any order against one database. */
function uniqueName(stem: string): string {
  serial += 1;
  return `${stem}${String.fromCharCode(97 + (serial % 26))}${serial}`;
}

/** A person employed by Eskilstuna kommun (the demo steward's scope), made for one test. */
async function createPerson(givenName: string, familyName: string): Promise<Created> {
  return api(editorToken, 'POST', '/people', {
    givenName,
    familyName,
    organisationId: eskilstunaId,
    title: 'Utvecklingsledare',
  });
}

/** A post of Eskilstuna kommun held by `holderId` since 2020. */
async function createHeldPost(holderId: string, title: string): Promise<Created> {
  const post = await api(editorToken, 'POST', '/posts', {
    roleId,
    organisationId: eskilstunaId,
    title,
    required: true,
  });
  await api(editorToken, 'POST', '/assignments', {
    postId: post.id,
    personId: holderId,
    validFrom: '2020-01-01',
  });
  return post;
}

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  editorToken = await t.signIn(demoUsers.editor);
  adminToken = await t.signIn(demoUsers.admin);
  const organisations = await api<{ items: { id: string; name: string }[] }>(
    adminToken,
    'GET',
    '/organisations?limit=500',
  );
  const idOf = (name: string) => {
    const found = organisations.items.find((organisation) => organisation.name === name);
    if (!found) throw new Error(`no organisation ${name}`);
    return found.id;
  };
  eskilstunaId = idOf('Eskilstuna kommun');
  flenId = idOf('Flens kommun');
  const roles = await api<{ items: { id: string; key: string }[] }>(adminToken, 'GET', '/roles');
  roleId = roles.items[0]?.id ?? '';
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A signed-in user on the start page, in a fresh browser context. */
async function signedInPage(email: string = demoUsers.editor, viewport = desktop): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' }).waitFor();
  return page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? element.id || element.textContent?.trim() || element.tagName : '';
  });

/** Today in Sweden and a day some weeks ahead, as `YYYY-MM-DD`. */
function isoDay(offsetDays: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(),
  );
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

describe('editing as a steward', () => {
  it('edits a person from their profile and finds the change in search', async () => {
    const family = uniqueName('Ulvsdotter');
    const person = await createPerson('Tindra', family);
    const page = await signedInPage();

    await page.goto(`${baseUrl}/personer/${person.id}`);
    await page.getByRole('link', { name: 'Redigera', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Redigera Tindra ${family}` }).waitFor();

    await page.getByLabel('Förnamn').fill('Tindrelia');
    await page.getByLabel('Titel', { exact: true }).fill('Samordnare för trygg hemgång');
    await expect
      .poll(() => page.getByText('Du har ändringar som inte är sparade.', { exact: true }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();

    await page.getByRole('heading', { level: 1, name: `Tindrelia ${family}` }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/personer/${person.id}`);
    await page.getByText('Samordnare för trygg hemgång').first().waitFor();

    await page.goto(`${baseUrl}/sok?q=${encodeURIComponent(`tindrelia ${family}`)}`);
    await page
      .getByRole('region', { name: 'Sökresultat' })
      .getByRole('link', { name: new RegExp(`^Tindrelia ${family}`) })
      .waitFor();
    await page.close();
  });

  it('hands a post over on a future date: the post page shows the holder before and the successor after', async () => {
    const holder = await createPerson('Tove', uniqueName('Gränsmark'));
    const successor = await createPerson('Helena', uniqueName('Sjöberg'));
    const holderName = `Tove ${(await api<{ familyName: string }>(editorToken, 'GET', `/people/${holder.id}`)).familyName}`;
    const successorName = `Helena ${(await api<{ familyName: string }>(editorToken, 'GET', `/people/${successor.id}`)).familyName}`;
    const post = await createHeldPost(holder.id, uniqueName('Överlämningsfunktion '));
    const start = isoDay(45);
    const lastDay = isoDay(44);

    const page = await signedInPage();
    await page.goto(`${baseUrl}/funktioner/${post.id}`);
    await page.getByRole('link', { name: 'Överlämning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Överlämning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vem tar över?' }).waitFor();
    await expectNoAxeViolations(page);

    const picker = page.getByRole('combobox', { name: /^Person/ });
    await picker.fill(successorName);
    await page.getByRole('option', { name: new RegExp(`^${successorName}`) }).click();
    await expect.poll(() => picker.inputValue()).toBe(successorName);
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await page.getByRole('heading', { level: 2, name: `När tar ${successorName} över?` }).waitFor();
    await page.getByLabel(/^Första dagen/).fill(start);
    await page.getByRole('button', { name: 'Granska överlämningen' }).click();

    await page.getByRole('heading', { level: 2, name: 'Stämmer det här?' }).waitFor();
    const preview = page.locator('.editing-preview');
    expect(await preview.textContent()).toContain(`${holderName} slutar ${longDate(lastDay)}.`);
    expect(await preview.textContent()).toContain(`${successorName} börjar ${longDate(start)}.`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Genomför överlämningen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Överlämningen är klar' }).waitFor();

    await page.goto(`${baseUrl}/funktioner/${post.id}?datum=${lastDay}`);
    const current = page.locator('section.post-current');
    await current.getByRole('link', { name: holderName }).waitFor();
    expect(await current.textContent()).not.toContain(successorName);

    await page.goto(`${baseUrl}/funktioner/${post.id}?datum=${start}`);
    await current.getByRole('link', { name: successorName }).waitFor();
    expect(await current.textContent()).not.toContain(holderName);
    await page.close();
  });

  it('resolves a conflict between two people editing the same person without losing either edit', async () => {
    const person = await createPerson('Saga', uniqueName('Lindqvist'));
    const first = await signedInPage(demoUsers.editor);
    const second = await signedInPage(demoUsers.admin);
    for (const page of [first, second]) {
      await page.goto(`${baseUrl}/personer/${person.id}/redigera`);
      await page.getByLabel('Förnamn').waitFor();
    }

    await second.getByLabel('Titel', { exact: true }).fill('Enhetschef, hemtjänsten');
    await second.getByRole('button', { name: 'Spara ändringarna' }).click();
    await second.getByRole('heading', { level: 1, name: /^Saga / }).waitFor();

    await first.getByLabel('Telefon').fill('016-710 20 30');
    await first.getByRole('button', { name: 'Spara ändringarna' }).click();
    const panel = first.getByRole('region', {
      name: 'Någon annan har ändrat uppgifterna medan du redigerade',
    });
    await panel.waitFor();
    await expect.poll(() => focused(first)).toMatch(/conflict$/);
    const rows = await panel.getByRole('listitem').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toMatch(
      /Titel.*Utvecklingsledare.*Enhetschef, hemtjänsten.*Du har inte ändrat detta/,
    );
    expect(rows.join('\n')).toMatch(/Telefon.*Oförändrat.*016-710 20 30/);
    await expectNoAxeViolations(first);

    await panel
      .getByRole('button', { name: 'Spara mina ändringar ovanpå den nya versionen' })
      .click();
    await first.getByRole('heading', { level: 1, name: /^Saga / }).waitFor();

    const stored = await api<{ title: string; phone: string; version: number }>(
      adminToken,
      'GET',
      `/people/${person.id}`,
    );
    expect(stored.title).toBe('Enhetschef, hemtjänsten');
    expect(stored.phone).toBe('016-710 20 30');
    await first.close();
    await second.close();
  });

  it('archives a person after saying what it means, undoes it from the toast, and restores it from the archive', async () => {
    const person = await createPerson('Ebba', uniqueName('Wahlgren'));
    const name = `Ebba ${(await api<{ familyName: string }>(editorToken, 'GET', `/people/${person.id}`)).familyName}`;
    await createHeldPost(person.id, uniqueName('Arkivtestfunktion '));
    const page = await signedInPage();
    await page.goto(`${baseUrl}/personer/${person.id}/redigera`);

    await page.getByRole('button', { name: `Arkivera ${name} …` }).click();
    const dialog = page.getByRole('dialog', { name: `Arkivera ${name}?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Personen har 1 nuvarande eller kommande uppdrag.',
    );
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Arkivera', exact: true }).click();

    const toast = page.locator('.editing-toast');
    await toast.getByText(`${name} är arkiverad.`).waitFor();
    await expect.poll(() => focused(page)).toBe('Ångra');
    const archived = await api<{ archivedAt: string | null }>(
      adminToken,
      'GET',
      `/people/${person.id}`,
    );
    expect(archived.archivedAt).not.toBeNull();

    await toast.getByRole('button', { name: 'Ångra' }).click();
    await toast.getByText(`${name} är återställd.`).waitFor();
    const restored = await api<{ archivedAt: string | null }>(
      adminToken,
      'GET',
      `/people/${person.id}`,
    );
    expect(restored.archivedAt).toBeNull();

    await page.getByRole('button', { name: `Arkivera ${name} …` }).click();
    await dialog.getByRole('button', { name: 'Arkivera', exact: true }).click();
    await toast.getByText(`${name} är arkiverad.`).waitFor();

    await page.goto(`${baseUrl}/admin/arkiv`);
    await page.getByRole('heading', { level: 1, name: 'Arkiv' }).waitFor();
    const people = page.getByRole('region', { name: /^Personer/ });
    const familyFirst = name.split(' ').reverse().join(', ');
    await people.getByRole('link', { name: familyFirst }).waitFor();
    await expectNoAxeViolations(page);
    await people.getByRole('button', { name: `Återställ ${familyFirst}` }).click();
    await page.getByText(`${familyFirst} är återställd och syns i katalogen igen.`).waitFor();
    expect(await people.getByRole('link', { name: familyFirst }).count()).toBe(0);
    const back = await api<{ archivedAt: string | null }>(
      adminToken,
      'GET',
      `/people/${person.id}`,
    );
    expect(back.archivedAt).toBeNull();
    await page.close();
  });

  it('shows client-side and server-side errors next to their fields', async () => {
    const existing = await api(editorToken, 'POST', '/people', {
      givenName: 'Dubblett',
      familyName: uniqueName('Epost'),
      organisationId: eskilstunaId,
      email: `${uniqueName('upptagen')}@eskilstuna.example`,
    });
    const takenEmail = (await api<{ email: string }>(editorToken, 'GET', `/people/${existing.id}`))
      .email;
    const page = await signedInPage();
    await page.goto(`${baseUrl}/personer/ny?organisation=${eskilstunaId}`);
    await page.getByRole('heading', { level: 1, name: 'Lägg till en person' }).waitFor();

    await page.getByLabel('E-post', { exact: true }).fill('anna@');
    await page.getByRole('button', { name: 'Lägg till personen' }).click();
    const summary = page.locator('.editing-error-summary');
    await summary.getByRole('heading', { name: 'Det finns 3 fel att rätta' }).waitFor();
    const given = page.getByLabel('Förnamn');
    await expect.poll(() => given.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await given.getAttribute('aria-invalid')).toBe('true');
    const givenError = page.locator(`#${await given.getAttribute('id')}-error`);
    expect(await givenError.textContent()).toContain('Fyll i förnamn.');
    expect(await given.getAttribute('aria-describedby')).toContain(
      `${await given.getAttribute('id')}-error`,
    );
    const email = page.getByLabel('E-post', { exact: true });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await email.getAttribute('id')}-error`).textContent()).toContain(
      'Skriv e-postadressen i formen namn@exempel.se.',
    );
    await expectNoAxeViolations(page);

    // A summary link takes focus to its field.
    await summary.getByRole('link', { name: /e-postadressen/ }).click();
    await expect.poll(() => email.evaluate((e) => e === document.activeElement)).toBe(true);

    await given.fill('x'.repeat(101));
    await page.getByLabel('Efternamn').fill('Karlberg');
    await email.fill(takenEmail);
    await page.getByRole('button', { name: 'Lägg till personen' }).click();
    await summary.getByRole('heading', { name: 'Det finns 1 fel att rätta' }).waitFor();
    expect(await page.locator(`#${await given.getAttribute('id')}-error`).textContent()).toContain(
      'Förnamn får vara högst 100 tecken. Nu är det 101.',
    );

    // Only the API knows the address is taken: its per-field error lands beside the field.
    await given.fill('Karin');
    await page.getByRole('button', { name: 'Lägg till personen' }).click();
    const emailError = page.locator(`#${await email.getAttribute('id')}-error`);
    await emailError.getByText('E-post används redan av någon annan i katalogen.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await given.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => email.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.close();
  });

  it('refuses to edit a Flen person: the form says why and the API answers 403', async () => {
    const flen = await api<{
      items: { id: string; givenName: string; familyName: string; version: number }[];
    }>(adminToken, 'GET', `/people?organisation=${flenId}`);
    const target = flen.items[0];
    if (!target) throw new Error('the demo has nobody in Flen');
    const page = await signedInPage();

    await page.goto(`${baseUrl}/personer/${target.id}`);
    await page
      .getByRole('heading', { level: 1, name: `${target.givenName} ${target.familyName}` })
      .waitFor();
    expect(await page.getByRole('link', { name: 'Redigera', exact: true }).count()).toBe(0);

    await page.goto(`${baseUrl}/personer/${target.id}/redigera`);
    await page.getByRole('heading', { level: 1, name: 'Du kan inte ändra det här' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Flens kommun');
    expect(await page.getByLabel('Förnamn').count()).toBe(0);

    const response = await page.request.patch(`${baseUrl}/api/v1/people/${target.id}`, {
      headers: { 'If-Match': `"${target.version}"` },
      data: { title: 'Ändrad av fel redaktör' },
    });
    expect(response.status()).toBe(403);
    await page.close();
  });

  it('completes the new-person form with the keyboard alone', async () => {
    const family = uniqueName('Tangentsson');
    const page = await signedInPage();
    await page.goto(`${baseUrl}/organisationer/${eskilstunaId}`);
    await page.getByRole('link', { name: 'Ny person' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lägg till en person' }).waitFor();

    for (let presses = 0; presses < 40; presses++) {
      if ((await focused(page)).endsWith('-givenName')) break;
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toMatch(/-givenName$/);
    await page.keyboard.type('Alva');
    await page.keyboard.press('Tab');
    await page.keyboard.type(family);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Biståndshandläggare');
    // The employer picker is filled in from the organisation page; the keyboard passes it.
    await page.keyboard.press('Tab');
    expect(await page.getByRole('combobox', { name: /^Arbetsgivare/ }).inputValue()).toBe(
      'Eskilstuna kommun',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('alva.tangent@eskilstuna.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('016-710 00 01');
    // Radio buttons: the arrow key chooses "Bara den egna organisationen".
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    for (let presses = 0; presses < 40; presses++) {
      if ((await focused(page)) === 'Lägg till personen') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: `Alva ${family}` }).waitFor();
    const id = page.url().split('/').pop() ?? '';
    const stored = await api<{ email: string; phoneVisibility: string; title: string }>(
      adminToken,
      'GET',
      `/people/${id}`,
    );
    expect(stored).toMatchObject({
      email: 'alva.tangent@eskilstuna.example',
      phoneVisibility: 'organisation',
      title: 'Biståndshandläggare',
    });
    await page.close();
  });

  it('warns before leaving a form with unsaved changes', async () => {
    const person = await createPerson('Vera', uniqueName('Holm'));
    const page = await signedInPage();
    await page.goto(`${baseUrl}/personer/${person.id}/redigera`);
    await page.getByLabel('Titel', { exact: true }).fill('Något nytt');
    await page.getByRole('link', { name: '← Tillbaka till personen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lämna sidan utan att spara?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Något nytt');
    await page.getByRole('link', { name: '← Tillbaka till personen' }).click();
    await dialog.getByRole('button', { name: 'Lämna utan att spara' }).click();
    await page.getByRole('heading', { level: 1, name: /^Vera / }).waitFor();
    await page.close();
  });
});

describe('accessibility of the editing pages', () => {
  const pages: { path: () => Promise<string>; heading: { sv: RegExp; en: RegExp } }[] = [
    {
      path: async () => `/personer/ny?organisation=${eskilstunaId}`,
      heading: { sv: /^Lägg till en person$/, en: /^Add a person$/ },
    },
    {
      path: async () => `/personer/${(await createPerson('Axel', uniqueName('Nord'))).id}/redigera`,
      heading: { sv: /^Redigera Axel/, en: /^Edit Axel/ },
    },
    {
      path: async () => `/organisationer/ny?parent=${eskilstunaId}`,
      heading: { sv: /^Lägg till en organisation$/, en: /^Add an organisation$/ },
    },
    {
      path: async () => `/organisationer/${eskilstunaId}/redigera`,
      heading: { sv: /^Redigera Eskilstuna kommun$/, en: /^Edit Eskilstuna kommun$/ },
    },
    {
      path: async () => `/funktioner/ny?organisation=${eskilstunaId}`,
      heading: { sv: /^Lägg till en funktion$/, en: /^Add a post$/ },
    },
    {
      path: async () => {
        const holder = await createPerson('Olle', uniqueName('Berg'));
        return `/funktioner/${(await createHeldPost(holder.id, uniqueName('Axefunktion '))).id}/redigera`;
      },
      heading: { sv: /^Redigera /, en: /^Edit / },
    },
    { path: async () => '/admin/overlamning', heading: { sv: /^Överlämning$/, en: /^Handover$/ } },
    { path: async () => '/admin/arkiv', heading: { sv: /^Arkiv$/, en: /^Archive$/ } },
  ];

  for (const [name, viewport] of [
    ['1280', desktop],
    ['375', phone],
  ] as const) {
    it(`has no axe violations on any form page at ${name} px, in Swedish and English`, async () => {
      const page = await signedInPage(demoUsers.editor, viewport);
      for (const entry of pages) {
        const path = await entry.path();
        await page.goto(`${baseUrl}${path}`);
        for (const language of ['sv', 'en'] as const) {
          await chooseLanguage(page, language);
          await page.getByRole('heading', { level: 1, name: entry.heading[language] }).waitFor();
          await page.locator('.loading-region').first().waitFor({ state: 'detached' });
          await page.locator('.combobox-input:disabled').first().waitFor({ state: 'detached' });
          await expectNoAxeViolations(page);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} fits ${name} px`,
          ).toBeLessThanOrEqual(viewport.width);
        }
        await chooseLanguage(page, 'sv');
      }
      await page.close();
      // Sixteen pages through axe: well over a minute when the machine is busy.
    }, 240_000);
  }
});
