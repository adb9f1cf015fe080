import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  expectNoAxeViolations,
  launchChromium,
  shotPath,
  shotsDir,
} from '../helpers/browser';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/*
 * The catalogue forms (roles with synonyms and counterparts, networks, topics), organisation
 * links and direct assignments, driven in Chromium against the real API on a seeded database.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let adminToken: string;
let editorToken: string;
let malarsjukhusetId: string;
let eskilstunaId: string;
let flenId: string;
let gnestaPostId: string;
let eskilstunaPostId: string;
let mariaId: string;

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
/** Letters no other test uses (search words are letters), so tests run in any order. */
function uniqueWord(stem: string): string {
  serial += 1;
  let suffix = '';
  for (let n = serial + 26; n > 0; n = Math.floor(n / 26)) {
    suffix = String.fromCharCode(97 + (n % 26)) + suffix;
  }
  return `${stem}${suffix}`;
}

/** A role made through the API, for tests about what happens to an existing one. */
async function createRole(stem: string): Promise<Created & { nameSv: string }> {
  const nameSv = uniqueWord(stem);
  const role = await api(adminToken, 'POST', '/roles', {
    key: nameSv.toLowerCase(),
    nameSv,
    nameEn: `${nameSv} (en)`,
  });
  return { ...role, nameSv };
}

function isoToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  adminToken = await t.signIn(demoUsers.admin);
  editorToken = await t.signIn(demoUsers.editor);
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
  malarsjukhusetId = idOf('Mälarsjukhuset');
  eskilstunaId = idOf('Eskilstuna kommun');
  flenId = idOf('Flens kommun');
  const roles = await api<{ items: { id: string; key: string }[] }>(adminToken, 'GET', '/roles');
  const processledare = roles.items.find((role) => role.key === 'processledare-kommun');
  const postOf = async (organisationId: string) => {
    const posts = await api<{ items: { id: string; vacant: boolean }[] }>(
      adminToken,
      'GET',
      `/posts?organisation=${organisationId}&role=${processledare?.id}`,
    );
    const [post] = posts.items;
    if (!post) throw new Error('no processledare post');
    return post;
  };
  const gnesta = await postOf(idOf('Gnesta kommun'));
  if (!gnesta.vacant) throw new Error('the demo Gnesta processledare post should be vacant');
  gnestaPostId = gnesta.id;
  eskilstunaPostId = (await postOf(eskilstunaId)).id;
  const people = await api<{ items: { id: string; givenName: string; familyName: string }[] }>(
    adminToken,
    'GET',
    `/people?organisation=${idOf('Gnesta kommun')}`,
  );
  const maria = people.items.find((person) => person.givenName === 'Maria');
  if (!maria) throw new Error('no Maria Gustafsson in Gnesta');
  mariaId = maria.id;
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A signed-in user on the start page, in a fresh browser context. */
async function signedInPage(email: string, viewport = desktop): Promise<Page> {
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

/** Types into a picker and chooses the option whose name starts with `name`. */
async function choose(page: Page, picker: RegExp, name: string) {
  const box = page.getByRole('combobox', { name: picker });
  await box.fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await expect.poll(() => box.inputValue()).toContain(name);
}

describe('the catalogue as an administrator', () => {
  it('creates a role with two synonyms from the catalogue page, and search finds it by each', async () => {
    const name = uniqueWord('Minnessamordnare');
    const short = uniqueWord('mnsq');
    const upper = uniqueWord('MNSQ').toUpperCase();
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/admin/katalog`);
    await page.getByRole('heading', { level: 1, name: 'Roller, nätverk och ämnen' }).waitFor();
    await page.getByRole('link', { name: 'Ny roll' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lägg till en roll' }).waitFor();

    await page.getByLabel('Namn på svenska').fill(name);
    await page.getByLabel('Namn på engelska').fill('Memory coordinator');
    // The key follows the Swedish name.
    expect(await page.getByLabel('Nyckel').inputValue()).toBe(name.toLowerCase());
    await page.getByLabel('Synonymer och förkortningar').fill(`${short}, ${upper}`);
    await page.getByText(`Sökbar som: ${short} · ${upper}`).waitFor();
    await page.getByRole('button', { name: 'Lägg till rollen' }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    const synonyms = page.getByRole('list', { name: 'Kallas också:' });
    expect(await synonyms.getByRole('listitem').allTextContents()).toEqual([short, upper]);

    for (const word of [short, upper.toLowerCase()]) {
      await page.goto(`${baseUrl}/sok?q=${encodeURIComponent(word)}`);
      await page
        .getByRole('region', { name: 'Sökresultat' })
        .getByRole('link', { name: new RegExp(`^${name}`) })
        .first()
        .waitFor();
    }
    await page.close();
  });

  it('adds a counterpart pair on the role form and the role page shows it', async () => {
    const role = await createRole('Samverkansledare');
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/roller/${role.id}`);
    await page.getByRole('link', { name: 'Redigera', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Redigera ${role.nameSv}` }).waitFor();

    const section = page.getByRole('region', { name: 'Motparter' });
    await section.getByText('Rollen har inga motparter ännu.').waitFor();
    await choose(page, /^Motpartens roll/, 'Sjukhuskoordinator');
    await section.getByLabel('När de hör av sig, på svenska').fill('Inför utskrivning');
    await section.getByRole('button', { name: 'Lägg till motparten' }).click();
    await section.getByRole('link', { name: 'Sjukhuskoordinator' }).waitFor();
    await expectNoAxeViolations(page);

    await page.goto(`${baseUrl}/roller/${role.id}`);
    const card = page.getByRole('region', { name: 'Samarbetar med' });
    await card.getByRole('link', { name: 'Sjukhuskoordinator' }).waitFor();
    expect(await card.textContent()).toContain('Inför utskrivning');
    await page.close();
  });

  it('renames a network from its page and the networks page shows the new name', async () => {
    const before = uniqueWord('Forum för hemsjukvård ');
    const after = uniqueWord('Forum för hemsjukvård och rehab ');
    const network = await api(adminToken, 'POST', '/networks', { name: before, kind: 'forum' });
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/natverk/${network.id}`);
    await page.getByRole('heading', { level: 1, name: before }).waitFor();
    await page.getByRole('link', { name: 'Redigera', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Redigera ${before}` }).waitFor();

    await page.getByRole('textbox', { name: /^Namn/ }).fill(after);
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('heading', { level: 1, name: after }).waitFor();

    await page.goto(`${baseUrl}/natverk`);
    await page.getByRole('link', { name: after }).waitFor();
    expect(await page.getByRole('link', { name: before, exact: true }).count()).toBe(0);
    await page.close();
  });

  it('creates a topic, archives it after saying what it means, and undoes the archiving', async () => {
    const name = uniqueWord('Jämlik hälsa ');
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/admin/katalog`);
    await page.getByRole('link', { name: 'Nytt ämne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lägg till ett ämne' }).waitFor();
    await page.getByLabel('Namn på svenska').fill(name);
    await page.getByLabel('Namn på engelska').fill('Equal health');
    await page.getByLabel('Annat ämne').check();
    await page.getByRole('button', { name: 'Lägg till ämnet' }).click();

    await page.getByRole('heading', { level: 1, name: 'Roller, nätverk och ämnen' }).waitFor();
    await page.getByText(`${name} är sparat.`).waitFor();
    const topics = page.getByRole('region', { name: /^Ämnen/ });
    await topics.getByRole('link', { name: `Redigera ${name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Redigera ${name}` }).waitFor();
    const topicId = page.url().split('/').at(-2) ?? '';

    await page.getByRole('button', { name: `Arkivera ${name} …` }).click();
    const dialog = page.getByRole('dialog', { name: `Arkivera ${name}?` });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Arkivera', exact: true }).click();
    const toast = page.locator('.editing-toast');
    await toast.getByText(`${name} är arkiverad.`).waitFor();
    await expect.poll(() => focused(page)).toBe('Ångra');
    expect(
      (await api<{ archivedAt: string | null }>(adminToken, 'GET', `/topics/${topicId}`))
        .archivedAt,
    ).not.toBeNull();

    await toast.getByRole('button', { name: 'Ångra' }).click();
    await toast.getByText(`${name} är återställd.`).waitFor();
    expect(
      (await api<{ archivedAt: string | null }>(adminToken, 'GET', `/topics/${topicId}`))
        .archivedAt,
    ).toBeNull();
    await page.close();
  });

  it('adds a catchment link from a hospital to a municipality, shows it on the organisation page, and removes it', async () => {
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/organisationer/${malarsjukhusetId}/redigera`);
    await page.getByRole('heading', { level: 1, name: 'Redigera Mälarsjukhuset' }).waitFor();
    const links = page.getByRole('region', { name: 'Upptagningsområde och samarbeten' });
    await links.getByText('Betjänar Eskilstuna kommun', { exact: true }).waitFor();
    expect(await links.getByText('Betjänar Flens kommun', { exact: true }).count()).toBe(0);

    await links.getByLabel('Mälarsjukhuset betjänar den valda organisationen').check();
    await choose(page, /^Organisation \(obligatoriskt\)/, 'Flens kommun');
    await links.getByRole('button', { name: 'Lägg till kopplingen' }).click();
    await links.getByText('Betjänar Flens kommun', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    const catchment = (target: Page) =>
      target.locator('section', {
        has: target.getByRole('heading', { name: 'Upptagningsområde', exact: true }),
      });
    await page.goto(`${baseUrl}/organisationer/${malarsjukhusetId}`);
    await catchment(page).getByRole('link', { name: 'Flens kommun' }).waitFor();

    await page.goto(`${baseUrl}/organisationer/${malarsjukhusetId}/redigera`);
    await links.getByRole('button', { name: 'Ta bort kopplingen: Betjänar Flens kommun' }).click();
    await page
      .locator('.editing-toast')
      .getByText('Kopplingen är borttagen: Betjänar Flens kommun.')
      .waitFor();
    expect(await links.getByText('Betjänar Flens kommun', { exact: true }).count()).toBe(0);
    const stored = await api<{ links: { organisation: { id: string } }[] }>(
      adminToken,
      'GET',
      `/organisations/${malarsjukhusetId}`,
    );
    expect(stored.links.map((link) => link.organisation.id)).not.toContain(flenId);
    await page.goto(`${baseUrl}/organisationer/${malarsjukhusetId}`);
    await catchment(page).getByRole('link', { name: 'Eskilstuna kommun' }).waitFor();
    expect(await catchment(page).getByRole('link', { name: 'Flens kommun' }).count()).toBe(0);
    await page.close();
  });

  it('puts an interim holder on the vacant Gnesta processledare post, and the post page says tillförordnad', async () => {
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/funktioner/${gnestaPostId}`);
    const current = page.locator('section.post-current');
    await current
      .getByText(/Vakant/)
      .first()
      .waitFor();
    expect((await current.textContent())?.toLowerCase()).not.toContain('tillförordnad');
    await page.getByRole('link', { name: 'Tillsätt eller ändra uppdrag' }).click();
    await page.getByRole('heading', { level: 1, name: /^Uppdrag: / }).waitFor();

    await choose(page, /^Person/, 'Maria Gustafsson');
    // A vacant post starts with "Tillförordnad" chosen; the test says so itself anyway.
    await page.getByLabel('Tillförordnad', { exact: true }).check();
    expect(await page.getByLabel(/^Första dagen/).inputValue()).toBe(isoToday());
    await page.getByRole('button', { name: 'Lägg till uppdraget' }).click();
    await page.getByText(/^Maria Gustafsson är tillförordnad från /).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Maria Gustafsson' }).waitFor();

    await page.getByRole('link', { name: 'Visa funktionen' }).click();
    await current.getByRole('link', { name: 'Maria Gustafsson' }).waitFor();
    expect((await current.textContent())?.toLowerCase()).toContain('tillförordnad');
    const stored = await api<{ items: { personId: string; kind: string }[] }>(
      adminToken,
      'GET',
      `/assignments?post=${gnestaPostId}`,
    );
    expect(stored.items).toContainEqual(
      expect.objectContaining({ personId: mariaId, kind: 'interim' }),
    );
    await page.close();
  });

  it('shows what the API refuses next to its field: a role key already in use', async () => {
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/roller/ny`);
    await page.getByRole('heading', { level: 1, name: 'Lägg till en roll' }).waitFor();
    // The browser checks what it can: a synonym longer than the API's 60 characters.
    await page.getByLabel('Namn på svenska').fill('Närvårdskoordinator');
    await page.getByLabel('Namn på engelska').fill('Care coordinator');
    const synonyms = page.getByLabel('Synonymer och förkortningar');
    await synonyms.fill(`nvk, ${'x'.repeat(61)}`);
    await page.getByRole('button', { name: 'Lägg till rollen' }).click();
    const synonymsId = await synonyms.getAttribute('id');
    await page
      .locator(`#${synonymsId}-error`)
      .getByText(/är för lång\. Varje ord får vara högst 60 tecken\./)
      .waitFor();
    expect(await synonyms.getAttribute('aria-invalid')).toBe('true');

    // Only the API knows the key (made from the name) is taken.
    await synonyms.fill('nvk');
    await page.getByRole('button', { name: 'Lägg till rollen' }).click();
    const key = page.getByLabel('Nyckel');
    const keyId = await key.getAttribute('id');
    await page
      .locator(`#${keyId}-error`)
      .getByText('Nyckel används redan av en annan roll.')
      .waitFor();
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    expect(await key.getAttribute('aria-describedby')).toContain(`${keyId}-error`);
    expect(await synonyms.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => key.evaluate((e) => e === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('fills and saves the role form with the keyboard alone', async () => {
    const name = uniqueWord('Tangentroll');
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/admin/katalog`);
    await page.getByRole('link', { name: 'Ny roll' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lägg till en roll' }).waitFor();

    for (let presses = 0; presses < 40; presses++) {
      if ((await focused(page)).endsWith('-nameSv')) break;
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toMatch(/-nameSv$/);
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard role');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/-key$/);
    await page.keyboard.press('Tab');
    await page.keyboard.type('tgr, TGR-X');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Prövas med tangentbordet.');
    for (let presses = 0; presses < 20; presses++) {
      if ((await focused(page)) === 'Lägg till rollen') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name }).waitFor();
    const id = page.url().split('/').pop() ?? '';
    const stored = await api<{ key: string; synonyms: string[]; descriptionSv: string }>(
      adminToken,
      'GET',
      `/roles/${id}`,
    );
    expect(stored).toMatchObject({
      key: name.toLowerCase(),
      synonyms: ['tgr', 'TGR-X'],
      descriptionSv: 'Prövas med tangentbordet.',
    });
    await page.close();
  });
});

describe('the catalogue as the steward of Eskilstuna kommun', () => {
  it('cannot reach the role, network and topic forms or the catalogue page', async () => {
    const role = await createRole('Stewardroll');
    const page = await signedInPage(demoUsers.editor);
    await page.goto(`${baseUrl}/roller/${role.id}`);
    await page.getByRole('heading', { level: 1, name: role.nameSv }).waitFor();
    expect(await page.getByRole('link', { name: 'Redigera', exact: true }).count()).toBe(0);

    for (const path of [
      '/admin/katalog',
      '/roller/ny',
      `/roller/${role.id}/redigera`,
      '/natverk/ny',
      '/amnen/ny',
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Du kan inte ändra det här' }).waitFor();
      expect(await page.locator('main').textContent()).toContain(
        'bara administratörer som ändrar dem',
      );
      expect(await page.locator('main form').count()).toBe(0);
    }
    const response = await page.request.post(`${baseUrl}/api/v1/roles`, {
      data: { key: 'redaktorsroll', nameSv: 'Redaktörsroll', nameEn: 'Editor role' },
    });
    expect(response.status()).toBe(403);
    await page.close();
  });

  it('is offered no assignment on another municipality’s post, and the API refuses it with 403', async () => {
    const page = await signedInPage(demoUsers.editor);
    // Their own municipality's post offers it …
    await page.goto(`${baseUrl}/funktioner/${eskilstunaPostId}`);
    await page.getByRole('link', { name: 'Tillsätt eller ändra uppdrag' }).waitFor();

    // … Gnesta's does not.
    await page.goto(`${baseUrl}/funktioner/${gnestaPostId}`);
    await page.getByRole('heading', { level: 1, name: /Gnesta/ }).waitFor();
    await page.locator('section.post-current').waitFor();
    expect(await page.getByRole('link', { name: 'Tillsätt eller ändra uppdrag' }).count()).toBe(0);

    await page.goto(`${baseUrl}/funktioner/${gnestaPostId}/uppdrag`);
    await page.getByRole('heading', { level: 1, name: 'Du kan inte ändra det här' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Gnesta kommun');

    const response = await page.request.post(`${baseUrl}/api/v1/assignments`, {
      data: { postId: gnestaPostId, personId: mariaId, kind: 'deputy', validFrom: isoToday() },
    });
    expect(response.status()).toBe(403);
    const stored = await api<{ items: { kind: string }[] }>(
      editorToken,
      'GET',
      `/assignments?post=${gnestaPostId}&kind=deputy`,
    );
    expect(stored.items).toHaveLength(0);
    await page.close();
  });
});

describe('accessibility of the catalogue pages', () => {
  const pages: { path: () => Promise<string>; heading: { sv: RegExp; en: RegExp } }[] = [
    {
      path: async () => '/admin/katalog',
      heading: { sv: /^Roller, nätverk och ämnen$/, en: /^Roles, networks and topics$/ },
    },
    { path: async () => '/roller/ny', heading: { sv: /^Lägg till en roll$/, en: /^Add a role$/ } },
    {
      path: async () => {
        const role = await createRole('Axeroll');
        await api(adminToken, 'POST', `/roles/${role.id}/counterparts`, {
          roleId: role.id,
          descriptionSv: 'Vid gemensamma ärenden',
        });
        return `/roller/${role.id}/redigera`;
      },
      heading: { sv: /^Redigera Axeroll/, en: /^Edit Axeroll/ },
    },
    {
      path: async () => '/natverk/ny',
      heading: { sv: /^Lägg till ett nätverk$/, en: /^Add a network$/ },
    },
    {
      path: async () => {
        const network = await api(adminToken, 'POST', '/networks', {
          name: uniqueWord('Axenätverk '),
          kind: 'project',
          organisationIds: [eskilstunaId, flenId],
        });
        return `/natverk/${network.id}/redigera`;
      },
      heading: { sv: /^Redigera Axenätverk/, en: /^Edit Axenätverk/ },
    },
    { path: async () => '/amnen/ny', heading: { sv: /^Lägg till ett ämne$/, en: /^Add a topic$/ } },
    {
      path: async () => {
        const nameSv = uniqueWord('Axeämne');
        const topic = await api(adminToken, 'POST', '/topics', {
          key: nameSv.toLowerCase().replace('ä', 'a'),
          nameSv,
          nameEn: nameSv,
        });
        return `/amnen/${topic.id}/redigera`;
      },
      heading: { sv: /^Redigera Axeämne/, en: /^Edit Axeämne/ },
    },
    {
      path: async () => `/organisationer/${malarsjukhusetId}/redigera`,
      heading: { sv: /^Redigera Mälarsjukhuset$/, en: /^Edit Mälarsjukhuset$/ },
    },
    {
      path: async () => `/funktioner/${eskilstunaPostId}/uppdrag`,
      heading: { sv: /^Uppdrag: /, en: /^Assignments: / },
    },
  ];

  for (const [name, viewport] of [
    ['1280', desktop],
    ['375', phone],
  ] as const) {
    it(`has no axe violations on any new page at ${name} px, in Swedish and English`, async () => {
      const page = await signedInPage(demoUsers.admin, viewport);
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
          if (shotsDir) {
            const file = `form-${name}-${language}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
            await page.screenshot({ path: shotPath(file), fullPage: true });
          }
        }
        await chooseLanguage(page, 'sv');
      }
      await page.close();
    }, 420_000);
  }
});
