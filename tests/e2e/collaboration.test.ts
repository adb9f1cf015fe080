import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, expectNoAxeViolations, launchChromium } from '../helpers/browser';
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

const desktop = { width: 1280, height: 900 };
const phone = { width: 375, height: 800 };

/** A signed-in user on the start page, in a fresh browser context. */
async function signedInPage(email: string = demoUsers.viewer, viewport = desktop): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' }).waitFor();
  return page;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The page at 1280 and 375 wide, in Swedish and in English: no axe violations in any of them.
 * `ready` names what must be on screen (per language) before axe looks.
 */
async function expectAccessibleEverywhere(
  page: Page,
  ready: { sv: string | RegExp; en: string | RegExp },
) {
  for (const viewport of [desktop, phone]) {
    await page.setViewportSize(viewport);
    for (const language of ['sv', 'en'] as const) {
      await chooseLanguage(page, language);
      await page.getByRole('heading', { level: 1, name: ready[language] }).waitFor();
      await page.locator('.loading-region').first().waitFor({ state: 'detached' });
      await expectNoAxeViolations(page);
      // Nothing wider than the screen: wide tables scroll inside their own region.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
    }
  }
  await page.setViewportSize(desktop);
  await page.getByRole('button', { name: 'Svenska', exact: true }).click();
}

const focusedRole = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.getAttribute('role') ?? element.tagName.toLowerCase()}` : '';
  });

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent ?? '';
  });

describe('finding counterparts', () => {
  it('starts from the reader’s own post and lists the care coordinators of the Kullbergska catchment', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/motparter`);

    // Elin Sjöqvist is the sjukhuskoordinator at Kullbergska: her post fills the address.
    await expect
      .poll(() => page.url())
      .toMatch(new RegExp(`/motparter\\?role=${uuid}&organisation=${uuid}$`));
    expect(await page.getByRole('combobox', { name: 'Roll' }).inputValue()).toBe(
      'Sjukhuskoordinator',
    );
    expect(await page.getByRole('combobox', { name: 'Organisation' }).inputValue()).toBe(
      'Kullbergska sjukhuset',
    );
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Motparter för rollen sjukhuskoordinator på Kullbergska sjukhuset',
      })
      .waitFor();

    // The catchment of Kullbergska in the demo seed: Katrineholm, Flen and Vingåker.
    const catchment = page.getByRole('region', { name: 'Upptagningsområde och samarbetspartner' });
    const cards = catchment.getByRole('article');
    expect(await cards.count()).toBe(3);
    const coordinators = {
      'Flens kommun': 'Linda Persson',
      'Katrineholms kommun': 'Karin Östergren',
      'Vingåkers kommun': 'Sara Pettersson',
    };
    for (const [organisation, person] of Object.entries(coordinators)) {
      const card = catchment.getByRole('article', { name: organisation });
      expect(await card.textContent()).toContain('Ingår i upptagningsområdet för Kullbergska');
      expect(await card.textContent()).toContain('Närvårdskoordinator');
      expect(await card.getByRole('link', { name: person }).getAttribute('href')).toMatch(
        new RegExp(`^/personer/${uuid}$`),
      );
    }
    const vingaker = catchment.getByRole('article', { name: 'Vingåkers kommun' });
    expect(await vingaker.getByRole('link', { name: '070-174 06 26' }).getAttribute('href')).toBe(
      'tel:0701740626',
    );
    expect(
      await vingaker
        .getByRole('link', { name: 'sara.pettersson@vingaker.example' })
        .getAttribute('href'),
    ).toBe('mailto:sara.pettersson@vingaker.example');

    // Other municipalities share the discharge forum with Kullbergska.
    const sameNetwork = page.getByRole('region', { name: 'I samma nätverk' });
    await sameNetwork.getByRole('article', { name: 'Gnesta kommun' }).waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('bundles everyone on the page into one vCard file', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/motparter`);
    const results = page.getByRole('region', { name: /^Motparter för rollen/ });
    const vcard = results.getByRole('link', { name: 'Spara alla som kontakter (vCard)' });
    await vcard.waitFor();

    const personLinks = await results
      .locator('a[href^="/personer/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('/').pop()));
    const shownIds = [...new Set(personLinks)];
    const href = (await vcard.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/api/v1/export/contacts\\.vcf\\?ids=${uuid}(,${uuid})*$`));
    const ids = href.split('ids=')[1]?.split(',') ?? [];
    expect(new Set(ids)).toEqual(new Set(shownIds));
    expect(ids).toHaveLength(shownIds.length);
    expect(await vcard.getAttribute('download')).not.toBeNull();

    const response = await page.request.get(`${baseUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/vcard/);
    const cards = parseVcards(await response.text());
    expect(cards).toHaveLength(ids.length);
    for (const card of cards) {
      expect(card.VERSION).toBe('4.0');
      expect(card.FN).toBeTruthy();
    }
    const names = cards.map((card) => card.FN);
    expect(names).toEqual(
      expect.arrayContaining(['Linda Persson', 'Karin Östergren', 'Sara Pettersson']),
    );
    await page.close();
  });

  it('is used with the keyboard alone: both pickers filter, choose with Enter and undo with Esc', async () => {
    // The administrator is not a person in the directory, so nothing is chosen at first.
    const page = await signedInPage(demoUsers.admin);
    await page.goto(`${baseUrl}/motparter`);
    await page.getByText('Välj en roll och en organisation').waitFor();

    // From the top of the page, Tab reaches the role picker.
    await page.locator('body').focus();
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      if ((await focusedRole(page)) === 'combobox') break;
    }
    expect(await focusedLabel(page)).toBe('Roll');

    await page.keyboard.type('sjukhus');
    const roleList = page.getByRole('listbox', { name: 'Roll' });
    await roleList.waitFor();
    expect(await roleList.getByRole('option').allTextContents()).toEqual(['Sjukhuskoordinator']);
    expect(
      await roleList
        .getByRole('option', { name: 'Sjukhuskoordinator' })
        .getAttribute('aria-selected'),
    ).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`role=${uuid}`));
    expect(await page.getByRole('combobox', { name: 'Roll' }).inputValue()).toBe(
      'Sjukhuskoordinator',
    );
    await expect.poll(() => roleList.isVisible()).toBe(false);

    // Tab moves on to the organisation picker (its list button is not a tab stop).
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Organisation');
    await page.keyboard.type('xyzzy');
    await page.getByText('Inga träffar. Prova att skriva färre bokstäver.').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('combobox', { name: 'Organisation' }).inputValue()).toBe('');

    await page.keyboard.type('kull');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const organisationList = page.getByRole('listbox', { name: 'Organisation' });
    expect(
      await organisationList
        .getByRole('option', { name: /Kullbergska sjukhuset/ })
        .getAttribute('aria-selected'),
    ).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`organisation=${uuid}`));
    await page
      .getByRole('region', { name: 'Upptagningsområde och samarbetspartner' })
      .getByRole('article', { name: 'Vingåkers kommun' })
      .waitFor();

    // Arrow keys open the list with every option; the chosen one is highlighted.
    await page.getByRole('combobox', { name: 'Roll' }).focus();
    await page.keyboard.press('ArrowDown');
    await roleList.waitFor();
    expect(await roleList.getByRole('option').count()).toBeGreaterThan(5);
    // The highlight moves to the chosen option once the list has opened.
    await roleList.getByRole('option', { name: /^Sjukhuskoordinator/, selected: true }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => roleList.isVisible()).toBe(false);

    await expectAccessibleEverywhere(page, {
      sv: 'Hitta motpart',
      en: 'Find a counterpart',
    });
    await page.close();
  });
});

describe('networks', () => {
  it('shows the coverage grid of Nära vård with Gnesta’s processledare vacant since 1 juli 2025', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/natverk`);
    await page.getByRole('link', { name: 'Nätverket Nära vård i Sörmland' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nätverket Nära vård i Sörmland' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/natverk/${uuid}$`));

    await page.getByRole('heading', { name: 'Delnätverk, forum och projekt' }).waitFor();
    await page.getByRole('link', { name: 'Trygg och effektiv utskrivning' }).first().waitFor();
    await page.getByRole('heading', { name: /^Medlemsorganisationer \(14\)$/ }).waitFor();

    const grid = page.getByRole('table', {
      name: /^Funktioner i Nätverket Nära vård i Sörmland per organisation och roll/,
    });
    await grid.waitFor();
    const columns = await grid.locator('thead th[scope="col"]').allTextContents();
    expect(columns[0]).toBe('Organisation');
    expect(columns).toContain('Processledare (kommun)');
    expect(await grid.locator('tbody th[scope="row"]').count()).toBe(14);

    const column = columns.indexOf('Processledare (kommun)');
    const gnesta = grid.getByRole('row', { name: /^Gnesta kommun/ });
    const cell = gnesta.locator('td').nth(column - 1);
    expect(await cell.textContent()).toBe('Vakant sedan 1 juli 2025');
    expect(await cell.getAttribute('class')).toContain('coverage-vacant');
    // Not by colour alone: the words and a warning sign.
    await cell.locator('svg.vacancy-icon').waitFor();
    expect(await cell.getByRole('link').getAttribute('href')).toMatch(
      new RegExp(`^/funktioner/${uuid}$`),
    );
    const katrineholm = grid.getByRole('row', { name: /^Katrineholms kommun/ });
    expect(
      await katrineholm
        .locator('td')
        .nth(column - 1)
        .textContent(),
    ).toBe('Karl Karlsson');

    await expectAccessibleEverywhere(page, {
      sv: 'Nätverket Nära vård i Sörmland',
      en: 'Nätverket Nära vård i Sörmland',
    });

    // As of a date: the address keeps it; Gnesta had a holder then, and Flen an interim later.
    await page.getByLabel('Visa läget den').fill('2025-06-15');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\?datum=2025-06-15$/);
    await page.getByText('Du ser läget den 15 juni 2025.').waitFor();
    await expect
      .poll(() =>
        gnesta
          .locator('td')
          .nth(column - 1)
          .textContent(),
      )
      .toBe('Peter Holm');

    await page.goto(`${page.url().split('?')[0]}?datum=2026-10-01`);
    const flen = grid.getByRole('row', { name: /^Flens kommun/ });
    await expect
      .poll(() =>
        flen
          .locator('td')
          .nth(column - 1)
          .textContent(),
      )
      .toBe('Mikael OlssonJenny LundTillförordnad');
    await page.getByRole('link', { name: 'Visa läget i dag' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/natverk/${uuid}$`));

    await page.goto(`${baseUrl}/natverk`);
    await expectAccessibleEverywhere(page, { sv: 'Nätverk', en: 'Networks' });
    await page.close();
  });

  it('lets a keyboard user scroll the grid sideways on a phone', async () => {
    const page = await signedInPage(demoUsers.viewer, phone);
    await page.goto(`${baseUrl}/natverk`);
    await page.getByRole('link', { name: 'Nätverket Nära vård i Sörmland' }).click();
    const region = page.getByRole('region', {
      name: /^Funktioner i Nätverket Nära vård i Sörmland/,
    });
    await region.waitFor();
    const sizes = await region.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // The organisation names stay in view while the roles scroll.
    const gnesta = region.getByRole('rowheader', { name: 'Gnesta kommun' });
    expect(await gnesta.isVisible()).toBe(true);
    expect(await gnesta.evaluate((element) => getComputedStyle(element).position)).toBe('sticky');
    await page.close();
  });
});

describe('role and post pages', () => {
  it('lists every närvårdskoordinator on the role page', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/motparter`);
    await page
      .getByRole('region', { name: /^Motparter för rollen/ })
      .getByRole('link', { name: 'Närvårdskoordinator', exact: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Närvårdskoordinator' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/roller/${uuid}$`));
    await page
      .getByText('Kommunens kontaktperson när en invånare skrivs ut från sjukhus.', {
        exact: false,
      })
      .waitFor();
    expect(await page.getByRole('list', { name: 'Kallas också:' }).textContent()).toContain('nvk');
    await page.getByRole('link', { name: 'Sjukhuskoordinator' }).waitFor();

    const holders = page.getByRole('region', { name: 'Vilka har rollen?' });
    for (const person of [
      'Sara Pettersson',
      'Maria Gustafsson',
      'Amira Hassan',
      'Hanna Virtanen',
      'Linda Persson',
      'Karin Östergren',
      'Anna Eriksson',
      'Emma Lindqvist',
      'Birgitta Holmberg',
    ]) {
      await holders.getByRole('link', { name: person }).waitFor();
    }
    // Organisations in Swedish name order.
    const organisations = await holders.getByRole('heading', { level: 3 }).allTextContents();
    expect(organisations[0]).toBe('Eskilstuna kommun');
    expect(organisations.at(-1)).toBe('Vingåkers kommun');
    expect(organisations).toHaveLength(9);
    await page.getByText('Inga funktioner med rollen är vakanta.').waitFor();

    await expectAccessibleEverywhere(page, {
      sv: 'Närvårdskoordinator',
      en: 'Care coordinator (municipality)',
    });
    await page.close();
  });

  it('reaches the role, the post and its holder from the organisation page', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/organisationer`);
    await page.getByRole('link', { name: 'Region Sörmland', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Region Sörmland' }).waitFor();
    const group = page.locator('.role-group', {
      has: page.getByRole('heading', { name: 'Processledare (region)' }),
    });
    expect(await group.getByRole('link', { name: 'Helena Sjöberg' }).getAttribute('href')).toMatch(
      new RegExp(`/personer/${uuid}$`),
    );
    await group.getByRole('link', { name: 'Visa funktionen och vilka som haft den' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Processledare Nära vård, Region Sörmland' })
      .waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Processledare (region)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Processledare (region)' }).waitFor();
  });

  it('shows the regional processledare’s handover and who held the post on a chosen date', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/natverk`);
    await page.getByRole('link', { name: 'Nätverket Nära vård i Sörmland' }).click();
    await page
      .getByRole('columnheader', { name: 'Processledare (region)' })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: 'Processledare (region)' }).waitFor();
    await page.getByRole('link', { name: 'Processledare Nära vård, Region Sörmland' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Processledare Nära vård, Region Sörmland' })
      .waitFor();
    expect(page.url()).toMatch(new RegExp(`/funktioner/${uuid}$`));

    const current = page.getByRole('region', { name: 'Vem har funktionen nu?' });
    await current.getByRole('link', { name: 'Helena Sjöberg' }).waitFor();
    expect(await current.textContent()).toContain('Magnus EklundErsättare');

    const history = page.getByRole('region', { name: 'Historik' });
    expect(await history.locator('.handovers li').textContent()).toBe(
      '1 mars 2024: Tove Gränsmark → lämnade över till Helena Sjöberg',
    );
    await history.getByText('1 september 2021 – 29 februari 2024').waitFor();
    const facts = page.getByRole('region', { name: 'Om funktionen' });
    await facts.getByRole('link', { name: 'Region Sörmland' }).waitFor();
    await facts.getByRole('link', { name: 'Nätverket Nära vård i Sörmland' }).waitFor();
    await facts.getByRole('link', { name: 'naravard@regionsormland.example' }).waitFor();

    await page.getByLabel('Visa läget den').fill('2024-02-15');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\?datum=2024-02-15$/);
    const then = page.getByRole('region', { name: 'Vem hade funktionen den 15 februari 2024?' });
    await then.getByRole('link', { name: 'Tove Gränsmark' }).waitFor();
    expect(await then.getByRole('link', { name: 'Helena Sjöberg' }).count()).toBe(0);

    await expectAccessibleEverywhere(page, {
      sv: 'Processledare Nära vård, Region Sörmland',
      en: 'Processledare Nära vård, Region Sörmland',
    });
    await page.close();
  });
});

/** The properties of each card in a vCard file (first value per name, parameters dropped). */
function parseVcards(text: string): Record<string, string>[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const cards: Record<string, string>[] = [];
  let card: Record<string, string> | null = null;
  for (const line of unfolded.split(/\r\n/)) {
    if (line === 'BEGIN:VCARD') card = {};
    else if (line === 'END:VCARD' && card) {
      cards.push(card);
      card = null;
    } else if (card && line.includes(':')) {
      const [head = '', ...rest] = line.split(':');
      const name = head.split(';')[0]?.toUpperCase() ?? '';
      card[name] ??= rest.join(':').replace(/\\([,;\\])/g, '$1');
    }
  }
  return cards;
}
