import type { Organisation, Person, PersonDetail, Suggestion } from '@nk/shared';
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

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let admin: Record<string, string>;
let steward: Record<string, string>;
let viewer: Record<string, string>;
let eskilstuna: string;
let flen: string;
let roleId: string;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  admin = bearer(await t.signIn(demoUsers.admin));
  steward = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  const organisations = (await api('GET', '/api/v1/organisations?limit=500', admin))
    .items as Organisation[];
  const idOf = (name: string) => organisations.find((o) => o.name === name)?.id as string;
  eskilstuna = idOf('Eskilstuna kommun');
  flen = idOf('Flens kommun');
  const roles = (await api('GET', '/api/v1/roles?limit=100', admin)).items as {
    id: string;
    key: string;
  }[];
  roleId = roles.find((r) => r.key === 'narvardskoordinator')?.id as string;
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A call to the API as one of the demo users; anything but 2xx fails the test. */
async function api<T = { id: string; items: unknown[] }>(
  method: 'GET' | 'POST',
  url: string,
  headers: object,
  payload?: object,
): Promise<T> {
  const response = await t.app.inject({
    method,
    url,
    headers: headers as Record<string, string>,
    ...(payload ? { payload } : {}),
  });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

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

async function openQueue(page: Page) {
  await page.goto(`${baseUrl}/admin/granskning`);
  await page.getByRole('heading', { level: 1, name: 'Granskning' }).waitFor();
  await section(page, 'Öppna felrapporter').waitFor();
}

const section = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });

/** Waits until the picker's search for what was typed lists exactly this one person, highlighted. */
async function onlyOption(page: Page, name: RegExp) {
  await page.getByRole('option', { name, selected: true }).waitFor();
  await expect.poll(() => page.getByRole('option').count()).toBe(1);
}

/** Presses Tab until the focused element has this accessible text; fails after 40 presses. */
async function tabTo(page: Page, text: RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = element.id
        ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent
        : null;
      const wrapped = element.closest('label')?.textContent;
      return `${labelled ?? ''} ${wrapped ?? ''} ${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`;
    });
    if (text.test(focused)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

describe('the review queue', () => {
  it("shows the steward Eskilstuna's entries only: a new person without e-mail, never a Flen person", async () => {
    const wilma = (await api('POST', '/api/v1/people', steward, {
      givenName: 'Wilma',
      familyName: 'Öhrnberg',
      organisationId: eskilstuna,
      phone: '016-710 00 00',
    })) as Person;
    await api('POST', '/api/v1/people', admin, {
      givenName: 'Folke',
      familyName: 'Flenmark',
      organisationId: flen,
    });

    const page = await signedInPage(demoUsers.editor);
    await openQueue(page);
    const missing = section(page, 'Saknar kontaktuppgifter');
    const showAll = missing.getByRole('button', { name: 'Visa alla' });
    if (await showAll.isVisible()) await showAll.click();
    const item = missing.getByRole('listitem').filter({
      has: page.getByRole('link', { name: 'Wilma Öhrnberg', exact: true }),
    });
    await item.waitFor();
    expect(await item.textContent()).toContain('saknar e-post');
    expect(
      await item.getByRole('link', { name: 'Redigera: Wilma Öhrnberg' }).getAttribute('href'),
    ).toBe(`/personer/${wilma.id}/redigera`);

    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).not.toContain('Folke Flenmark');
    expect(main).not.toContain('Flens kommun');
    // No organisation filter for a steward: their scope is the filter.
    expect(await page.getByRole('combobox', { name: 'Organisation' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('takes a person off the unverified list with "Stämmer fortfarande" and says so', async () => {
    const page = await signedInPage(demoUsers.editor);
    await openQueue(page);
    const unverified = section(page, 'Inte bekräftade på 12 månader');
    const first = unverified.getByRole('listitem').first();
    const name = (await first.getByRole('link').first().textContent()) as string;
    const countBefore = await unverified.getByRole('heading', { level: 2 }).textContent();

    await first.getByRole('button', { name: `Stämmer fortfarande: ${name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Uppgifterna om ${name} är bekräftade.` })
      .waitFor();
    await expect
      .poll(() => unverified.getByRole('heading', { level: 2 }).textContent())
      .not.toBe(countBefore);
    expect(
      await unverified.getByRole('link', { name, exact: true }).count(),
      `${name} is still listed`,
    ).toBe(0);
    // Focus went to the section's heading, not lost to the page's top.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.close();
  });

  it("resolves a reader's report from the queue, with a note", async () => {
    const people = (await api('GET', `/api/v1/people?organisation=${eskilstuna}&limit=5`, admin))
      .items as Person[];
    const target = people[0] as Person;
    const targetName = `${target.givenName} ${target.familyName}`;
    const message = 'Telefonnumret går till växeln sedan i höstas.';
    const report = (await api('POST', '/api/v1/suggestions', viewer, {
      targetType: 'person',
      targetId: target.id,
      field: 'phone',
      message,
    })) as Suggestion;

    const page = await signedInPage(demoUsers.editor);
    await openQueue(page);
    const reports = section(page, 'Öppna felrapporter');
    const item = reports.getByRole('listitem').filter({ hasText: message });
    await item.waitFor();
    expect(await item.textContent()).toContain('Gäller: Telefon');
    expect(await item.getByRole('link', { name: targetName }).getAttribute('href')).toBe(
      `/personer/${target.id}`,
    );
    await item
      .getByLabel('Kommentar till den som rapporterade (valfritt)')
      .fill('Direktnumret är inlagt.');
    await item.getByRole('button', { name: `Markera som åtgärdad: ${targetName}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Felrapporten om ${targetName} är markerad som åtgärdad.` })
      .waitFor();
    await expect.poll(() => reports.getByText(message).count()).toBe(0);

    const closed = (await api('GET', `/api/v1/suggestions/${report.id}`, admin)) as Suggestion;
    expect(closed.status).toBe('resolved');
    expect(closed.resolutionNote).toBe('Direktnumret är inlagt.');
    await page.close();
  });

  it('tells a reader the queue and the merge are not for them', async () => {
    const page = await signedInPage(demoUsers.viewer);
    for (const path of ['/admin/granskning', '/admin/sammanfoga']) {
      await page.goto(`${baseUrl}${path}`);
      await page
        .getByRole('heading', { level: 1, name: 'Den här sidan är inte till för dig' })
        .waitFor();
      expect(await page.getByRole('link', { name: 'Till startsidan' }).count()).toBe(1);
    }
    await expectNoAxeViolations(page);
    await page.close();
  });
});

describe('merging duplicates', () => {
  it('merges two entries with the keyboard alone, taking the title from the duplicate, and undoes it', async () => {
    const keep = (await api('POST', '/api/v1/people', steward, {
      givenName: 'Tyra',
      familyName: 'Källgren',
      organisationId: eskilstuna,
      title: 'Samordnare',
      email: 'tyra.kallgren@eskilstuna.example',
      phone: '016-710 11 11',
    })) as Person;
    const duplicate = (await api('POST', '/api/v1/people', steward, {
      givenName: 'Tyra',
      familyName: 'Källgren',
      organisationId: eskilstuna,
      title: 'Enhetschef',
      email: 'tyra.privat@exempel.example',
      mobile: '070-711 22 33',
    })) as Person;
    const post = await api('POST', '/api/v1/posts', steward, {
      roleId,
      organisationId: eskilstuna,
      title: 'Samordnare äldreomsorg',
    });
    await api('POST', '/api/v1/assignments', steward, {
      postId: post.id,
      personId: duplicate.id,
      validFrom: '2024-05-01',
    });

    // The queue lists them as possible duplicates, with a link to compare them.
    const page = await signedInPage(demoUsers.editor);
    await openQueue(page);
    const compare = section(page, 'Möjliga dubbletter').getByRole('link', {
      name: 'Jämför och slå ihop: Tyra Källgren',
    });
    expect(await compare.getAttribute('href')).toBe(
      `/admin/sammanfoga?keep=${keep.id}&duplicate=${duplicate.id}`,
    );

    // From an empty merge page, with the keyboard only.
    await page.goto(`${baseUrl}/admin/sammanfoga`);
    await page.getByRole('heading', { level: 1, name: 'Slå ihop dubbletter' }).waitFor();
    await tabTo(page, /Post som behålls/);
    await page.keyboard.type('tyra.kallgren@eskilstuna.example');
    await onlyOption(page, /Tyra Källgren.*tyra\.kallgren@/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`keep=${keep.id}`);
    await tabTo(page, /Dubblett som arkiveras/);
    await page.keyboard.type('tyra.privat@exempel.example');
    await onlyOption(page, /Tyra Källgren.*tyra\.privat@/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`duplicate=${duplicate.id}`);

    const title = page.getByRole('group', { name: 'Titel' });
    await title.waitFor();
    expect(await title.getByRole('radio', { name: /^Behåll/ }).isChecked()).toBe(true);
    // The kept entry has no mobile: it comes from the duplicate, with nothing to choose.
    const mobile = page.getByRole('group', { name: 'Mobil' });
    expect(await mobile.textContent()).toContain('tas från dubbletten');
    const summary = page.getByRole('region', { name: 'Det här händer' });
    expect(await summary.textContent()).toContain('1 uppdrag flyttas till Tyra Källgren.');
    await expectNoAxeViolations(page);

    await tabTo(page, /Behåll\s*Samordnare/);
    await page.keyboard.press('ArrowDown');
    expect(await title.getByRole('radio', { name: /^Ta från dubbletten/ }).isChecked()).toBe(true);
    expect(await summary.textContent()).toContain('från dubbletten tas titel och mobil');
    await tabTo(page, /^\s*Slå ihop\s*$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Posterna är sammanslagna' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('1 uppdrag flyttades.');

    const survivor = (await api('GET', `/api/v1/people/${keep.id}`, admin)) as PersonDetail;
    expect(survivor.title).toBe('Enhetschef');
    expect(survivor.email).toBe('tyra.kallgren@eskilstuna.example');
    expect(survivor.mobile).toBe('070-711 22 33');
    expect(survivor.currentPosts.map((a) => a.post.id)).toContain(post.id);
    const archived = (await api('GET', `/api/v1/people/${duplicate.id}`, admin)) as PersonDetail;
    expect(archived.archivedAt).not.toBeNull();

    // Focus is on the news; the next Tab reaches "undo".
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Ångra sammanslagningen',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sammanslagningen är ångrad' }).waitFor();

    const restoredKeep = (await api('GET', `/api/v1/people/${keep.id}`, admin)) as PersonDetail;
    const restoredDuplicate = (await api(
      'GET',
      `/api/v1/people/${duplicate.id}`,
      admin,
    )) as PersonDetail;
    expect(restoredKeep.title).toBe('Samordnare');
    expect(restoredKeep.mobile).toBeNull();
    expect(restoredKeep.currentPosts.map((a) => a.post.id)).not.toContain(post.id);
    expect(restoredDuplicate.archivedAt).toBeNull();
    expect(restoredDuplicate.email).toBe('tyra.privat@exempel.example');
    expect(restoredDuplicate.currentPosts.map((a) => a.post.id)).toContain(post.id);
    await page.close();
  });

  it('says in words why a merge was refused: the kept entry changed meanwhile (412)', async () => {
    const [a, b] = await Promise.all(
      ['Hugo', 'Hugo'].map(
        (givenName, index) =>
          api('POST', '/api/v1/people', steward, {
            givenName,
            familyName: 'Strandqvist',
            organisationId: eskilstuna,
            title: index === 0 ? 'Handläggare' : 'Utredare',
          }) as Promise<Person>,
      ),
    );
    const page = await signedInPage(demoUsers.editor);
    await page.goto(`${baseUrl}/admin/sammanfoga?keep=${a?.id}&duplicate=${b?.id}`);
    await page.getByRole('group', { name: 'Titel' }).waitFor();
    // Someone else edits the kept entry after the page was read.
    const read = await t.app.inject({ url: `/api/v1/people/${a?.id}`, headers: admin });
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${a?.id}`,
      headers: { ...admin, 'if-match': read.headers.etag as string },
      payload: { title: 'Enhetschef' },
    });
    expect(edited.statusCode, edited.body).toBe(200);

    await page.getByRole('button', { name: 'Slå ihop', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Någon annan har ändrat posten sedan du öppnade sidan.' })
      .waitFor();
    // The comparison now shows the entry as it is.
    await page.getByRole('radio', { name: /^Behåll\s*Enhetschef/ }).waitFor();
    await page.close();
  });
});

describe('accessibility', () => {
  it('has no axe violations on the queue and the merge, wide and narrow, in Swedish and English', async () => {
    const people = (await api('GET', `/api/v1/people?organisation=${eskilstuna}&limit=2`, admin))
      .items as Person[];
    const mergePath = `/admin/sammanfoga?keep=${people[0]?.id}&duplicate=${people[1]?.id}`;
    for (const width of [1280, 375]) {
      const page = await signedInPage(demoUsers.editor, { width, height: 900 });
      for (const language of ['sv', 'en'] as const) {
        await page.goto(`${baseUrl}/admin/granskning`);
        if (language === 'en') {
          await chooseLanguage(page, 'en');
        }
        await page
          .getByRole('heading', { level: 1, name: language === 'sv' ? 'Granskning' : 'Review' })
          .waitFor();
        await page
          .getByRole('heading', {
            level: 2,
            name: language === 'sv' ? /^Öppna felrapporter/ : /^Open error reports/,
          })
          .waitFor();
        await expectNoAxeViolations(page);

        await page.goto(`${baseUrl}${mergePath}`);
        await page
          .getByRole('heading', {
            level: 2,
            name: language === 'sv' ? 'Det här händer' : 'What happens',
          })
          .waitFor();
        await expectNoAxeViolations(page);
      }
      await chooseLanguage(page, 'sv');
      await page.close();
    }
  });

  it('lets an administrator narrow the queue to one organisation, kept in the address', async () => {
    const page = await signedInPage(demoUsers.admin);
    await openQueue(page);
    const vacancies = section(page, 'Alla vakanser');
    await vacancies.getByText('Gnesta kommun').first().waitFor();
    const filter = page.getByRole('combobox', { name: 'Organisation' });
    await filter.fill('flen');
    await page.getByRole('option', { name: 'Flens kommun' }).click();
    await expect.poll(() => page.url()).toContain(`organisation=${flen}`);
    await expect.poll(() => vacancies.getByText('Gnesta kommun').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });
});

/** The whole page, and for narrow pages also in parts a person can read on screen. */
async function shoot(page: Page, name: string, width: number) {
  await page.screenshot({ path: shotPath(`${name}-${width}.png`), fullPage: true });
  if (width > 400) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, part = 1; y < height; y += 1000, part++) {
    await page.screenshot({
      path: shotPath(`${name}-${width}-part${part}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1000, height - y) },
    });
  }
}

if (shotsDir) {
  describe('screenshots', () => {
    it('takes screenshots of the queue and the merge at 1280 and 360', async () => {
      const people = (await api('GET', `/api/v1/people?organisation=${eskilstuna}&limit=2`, admin))
        .items as Person[];
      await api('POST', '/api/v1/suggestions', viewer, {
        targetType: 'person',
        targetId: people[0]?.id,
        field: 'mobile',
        message: 'Mobilnumret stämmer inte, hon har bytt till 070-123 45 67.',
      });
      await api('POST', '/api/v1/people', steward, {
        givenName: 'Greta',
        familyName: 'Nyström',
        organisationId: eskilstuna,
      });
      for (const width of [1280, 360]) {
        const pair = await Promise.all(
          [`ebba.lind${width}@eskilstuna.example`, null].map(
            (email) =>
              api('POST', '/api/v1/people', steward, {
                givenName: 'Ebba',
                familyName: 'Lindqvist',
                organisationId: eskilstuna,
                email,
                title: email ? 'Samordnare' : 'Enhetschef',
              }) as Promise<Person>,
          ),
        );
        const page = await signedInPage(demoUsers.editor, { width, height: 900 });
        await openQueue(page);
        await shoot(page, 'review-queue', width);
        await page.goto(`${baseUrl}/admin/sammanfoga?keep=${pair[0]?.id}&duplicate=${pair[1]?.id}`);
        await page.getByRole('heading', { level: 2, name: 'Det här händer' }).waitFor();
        await shoot(page, 'review-merge', width);
        await page.getByRole('button', { name: 'Slå ihop', exact: true }).click();
        await page.getByRole('heading', { name: 'Posterna är sammanslagna' }).waitFor();
        await shoot(page, 'review-merged', width);
        await page.goto(`${baseUrl}/admin/sammanfoga`);
        await page.getByRole('combobox', { name: 'Post som behålls' }).fill('anna');
        await page.getByRole('option').first().waitFor();
        await page.screenshot({ path: shotPath(`review-merge-picker-${width}.png`) });
        await page.close();
      }
    });
  });
}
