import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../apps/web/src/i18n/en';
import { sv } from '../../apps/web/src/i18n/sv';
import {
  chooseLanguage,
  expectNoAxeViolations,
  launchChromium,
  shotPath,
  shotsDir,
  tabTo,
} from '../helpers/browser';
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
async function signedInPage(viewport = desktop, email: string = demoUsers.viewer): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' }).waitFor();
  return page;
}

async function toEnglish(page: Page) {
  await chooseLanguage(page, 'en');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
}

describe('the start page', () => {
  it('shows the entry points, the vacancies with their dates and the latest changes', async () => {
    const page = await signedInPage();
    const entries = page.getByRole('region', { name: 'Kom igång' });
    for (const name of [
      'Hitta motpart',
      'Ny i nätverket',
      'Nätverk',
      'Organisationer',
      'Nätverkskarta',
    ]) {
      await entries.getByRole('link', { name, exact: true }).waitFor();
    }
    expect(
      await entries.getByRole('link', { name: 'Hitta motpart', exact: true }).getAttribute('href'),
    ).toBe('/motparter');

    const vacancies = page.getByRole('region', { name: 'Vakanta funktioner' });
    const gnesta = vacancies
      .getByRole('listitem')
      .filter({ hasText: 'Processledare Nära vård, Gnesta' });
    await gnesta.waitFor();
    expect(await gnesta.textContent()).toContain('Vakant sedan 1 juli 2025');
    expect(
      await gnesta
        .getByRole('link', { name: 'Processledare Nära vård, Gnesta' })
        .getAttribute('href'),
    ).toMatch(/^\/funktioner\/[0-9a-f-]{36}$/);

    const recent = page.getByRole('region', { name: 'Senast ändrat' });
    await recent
      .getByText(/Ändrad \d/)
      .first()
      .waitFor();
    expect(await recent.getByRole('listitem').count()).toBe(5);

    // `/` still jumps to the search box.
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type))
      .toBe('search');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('leaves no Swedish interface text behind in English', async () => {
    const page = await signedInPage();
    await toEnglish(page);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Nätverkskatalogen' }).waitFor();
    await page
      .getByRole('region', { name: 'Vacant posts' })
      .getByText(/Vacant since \d/)
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: 'Recently changed' })
      .getByText(/Changed \d/)
      .first()
      .waitFor();
    // Data stays as written (post titles, names); only the interface around it is checked.
    const data = await page
      .locator('.home-list-link')
      .evaluateAll((links) => links.map((link) => link.textContent ?? ''));
    const organisations = (await (
      await page.request.get(`${baseUrl}/api/v1/organisations?limit=500`)
    ).json()) as { items: { name: string }[] };
    data.push(...organisations.items.map((organisation) => organisation.name));
    let text = await page.evaluate(() => document.body.innerText);
    for (const value of data.sort((a, b) => b.length - a.length))
      text = text.split(value).join(' ');

    const englishValues = Object.values(en).join('\n');
    const swedishOnly = (Object.keys(sv) as (keyof typeof sv)[])
      .filter((key) => sv[key] !== en[key])
      // Proper names kept in English ("Nära vård i Sörmland") are not leftovers.
      .flatMap((key) => sv[key].split(/\{\w+\}/))
      .map((fragment) => fragment.trim())
      .filter((fragment) => fragment.length >= 3 && !englishValues.includes(fragment));
    const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const leftovers = swedishOnly.filter((fragment) =>
      new RegExp(`(^|[^\\p{L}])${escapeRegExp(fragment)}($|[^\\p{L}])`, 'u').test(text),
    );
    expect(leftovers).toEqual([]);
    await page.close();
  });
});

describe('Ny i nätverket', () => {
  it('gives Elin Sjöqvist her first contacts with a vCard bundle and prints a clean list', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/ny-i-natverket`);
    await page.getByRole('heading', { level: 1, name: 'Ny i nätverket' }).waitFor();
    const main = page.getByRole('main');

    const focus = main.getByRole('region', { name: 'Färdplanens fokusområden' });
    await focus.getByRole('heading', { name: 'Primärvården som nav' }).waitFor();
    expect(await focus.getByRole('heading', { level: 3 }).count()).toBe(6); // 5 areas + missions
    const roles = main.getByRole('region', { name: 'Rollerna i nätverket' });
    await roles.getByRole('link', { name: 'Närvårdskoordinator' }).waitFor();
    expect(await roles.textContent()).toContain('Sjukhusets kontaktperson mot kommunerna');

    const contacts = main.getByRole('region', { name: 'Dina första kontakter' });
    const counterparts = contacts.getByRole('region', {
      name: 'Dina motparter som sjukhuskoordinator',
    });
    await counterparts.getByRole('link', { name: 'Karin Östergren' }).waitFor();
    for (const name of ['Linda Persson', 'Sara Pettersson', 'Annelie Fransson']) {
      await counterparts.getByRole('link', { name }).waitFor();
    }
    const forum = contacts.getByRole('region', {
      name: 'Andra i forumet Trygg och effektiv utskrivning',
    });
    await forum.getByRole('link', { name: 'Per Gustafsson' }).waitFor();
    expect(await forum.getByRole('link', { name: 'Karin Östergren' }).count()).toBe(0);
    const support = contacts.getByRole('region', { name: 'Stöd i Kullbergska sjukhuset' });
    await support.getByRole('link', { name: 'Helena Sjöberg' }).waitFor();
    expect(await contacts.getByRole('link', { name: 'Elin Sjöqvist' }).count()).toBe(0);

    const vcard = contacts.getByRole('link', { name: /^Spara alla som kontakter \(vCard, \d+\)$/ });
    const href = (await vcard.getAttribute('href')) ?? '';
    expect(href).toMatch(
      /^\/api\/v1\/export\/contacts\.vcf\?ids=[0-9a-f-]{36}(%2C[0-9a-f-]{36})+$/,
    );
    const response = await page.request.get(`${baseUrl}${href}`);
    expect(response.status()).toBe(200);
    const cards = await response.text();
    expect(cards).toContain('BEGIN:VCARD');
    expect(cards).toContain('Östergren');
    expect(cards).not.toContain('Sjöqvist');
    await expectNoAxeViolations(page);

    const navigation = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await navigation.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await navigation.isVisible()).toBe(false);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await contacts.getByRole('button', { name: 'Skriv ut kontaktlistan' }).isVisible()).toBe(
      false,
    );
    const sheet = page.getByRole('table');
    expect(await sheet.isVisible()).toBe(true);
    await page.getByText('Kontaktlista för Elin Sjöqvist').waitFor();
    const karin = sheet.getByRole('row').filter({ hasText: 'Karin Östergren' });
    expect(await karin.textContent()).toMatch(/Närvårdskoordinator på Katrineholms kommun/);
    expect(await karin.textContent()).toContain('@katrineholm.example');
    await page.emulateMedia({ media: 'screen' });
    expect(await navigation.isVisible()).toBe(true);
    await page.close();
  });
});

describe('the network map', () => {
  /** The map as a graph, once React Flow has drawn and fitted it. */
  async function openMap(page: Page, name = /^Karta över nätverket: 21 organisationer/) {
    await page.goto(`${baseUrl}/karta?visa=karta`);
    const map = page.getByRole('application', { name });
    await map.locator('.react-flow__node-organisation').first().waitFor();
    return map;
  }

  const viewportTransform = (page: Page) =>
    page
      .locator('.react-flow__viewport')
      .evaluate((element) => getComputedStyle(element).transform);

  it('draws the demo organisations, networks and posts, marks vacancies in words and opens a profile on click', async () => {
    const page = await signedInPage();
    const map = await openMap(page);
    expect(await map.locator('.react-flow__node-organisation').count()).toBe(21);
    expect(await map.locator('.react-flow__node-network').count()).toBe(6);
    // Posts are a layer of their own, off at first so that the whole network fits legibly.
    expect(await map.locator('.react-flow__node-post').count()).toBe(0);
    expect(await map.locator('.map-edge-serves').count()).toBe(9);
    expect(await map.locator('.map-edge-parent').count()).toBeGreaterThan(10);
    expect(await map.locator('.map-edge-member').count()).toBeGreaterThan(20);
    for (const name of [
      'Region Sörmland, region',
      'Kullbergska sjukhuset, sjukhus',
      'Gnesta kommun, kommun',
      'Nätverket Nära vård i Sörmland, nätverk',
      'LPO Äldres hälsa, programområde',
    ]) {
      await map.getByRole('link', { name, exact: true }).waitFor();
    }
    // The whole map fits on load: every organisation is inside the drawing area.
    const box = await map.boundingBox();
    for (const node of await map.locator('.react-flow__node-organisation').all()) {
      const nodeBox = await node.boundingBox();
      expect(
        nodeBox &&
          box &&
          nodeBox.x >= box.x &&
          nodeBox.x + nodeBox.width <= box.x + box.width &&
          nodeBox.y >= box.y &&
          nodeBox.y + nodeBox.height <= box.y + box.height,
      ).toBe(true);
    }

    await page.getByRole('checkbox', { name: 'Funktioner' }).check();
    await expect.poll(() => map.locator('.react-flow__node-post').count()).toBeGreaterThan(30);
    // A vacant post says so in text, not only by its colour.
    const gnestaLead = map.getByRole('link', {
      name: 'Processledare (kommun) på Gnesta kommun: vakant',
    });
    expect(await gnestaLead.textContent()).toBe('Processledare (kommun)Vakant');
    expect(
      await map
        .getByRole('link', { name: /^Sjukhuskoordinator på Kullbergska sjukhuset: Elin Sjöqvist/ })
        .textContent(),
    ).toContain('Elin Sjöqvist');
    await expectNoAxeViolations(page);

    // On the card's name: its posts, links of their own, fill the rest of it.
    await map
      .getByRole('link', { name: 'Kullbergska sjukhuset, sjukhus', exact: true })
      .click({ position: { x: 30, y: 14 } });
    await page.getByRole('heading', { level: 1, name: 'Kullbergska sjukhuset' }).waitFor();
    expect(page.url()).toMatch(/\/organisationer\/[0-9a-f-]{36}$/);
    // Back returns to the map as it was left: the layer choice is kept in the address.
    await page.goBack();
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Funktioner' }).isChecked())
      .toBe(true);
    await map
      .getByRole('link', { name: 'Processledare (kommun) på Gnesta kommun: vakant' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Processledare Nära vård, Gnesta' })
      .waitFor();
    expect(page.url()).toMatch(/\/funktioner\/[0-9a-f-]{36}$/);
    await page.close();
  });

  it('opens a node with Enter after reaching it with Tab', async () => {
    const page = await signedInPage();
    await openMap(page);
    const label = 'Nätverket Nära vård i Sörmland, nätverk';
    const seen: string[] = [];
    for (let i = 0; i < 60 && seen.at(-1) !== label; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
      );
    }
    expect(seen.at(-1)).toBe(label);
    // The focused node is visibly marked.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nätverket Nära vård i Sörmland' }).waitFor();
    expect(page.url()).toMatch(/\/natverk\/[0-9a-f-]{36}$/);
    await page.close();
  });

  it('zooms in with its control, in Swedish, and hides networks on request', async () => {
    const page = await signedInPage();
    const map = await openMap(page);
    const before = await viewportTransform(page);
    const scale = (matrix: string) => Number(/matrix\(([^,]+)/.exec(matrix)?.[1]);
    await page.getByRole('button', { name: 'Zooma in' }).click();
    await expect.poll(() => viewportTransform(page)).not.toBe(before);
    expect(scale(await viewportTransform(page))).toBeGreaterThan(scale(before));
    await page.getByRole('button', { name: 'Visa hela kartan' }).click();
    await expect
      .poll(async () => scale(await viewportTransform(page)))
      .toBeCloseTo(scale(before), 2);

    // None of React Flow's own English labels are left in the Swedish map.
    const html = await page.content();
    for (const english of [
      'Press enter',
      'Control Panel',
      'Zoom In',
      'Fit View',
      'Mini Map',
      'Edge from',
      '"edge"',
      '"node"',
    ]) {
      expect(html).not.toContain(english);
    }
    await map.locator('.react-flow__controls[aria-label="Zoomknappar"]').waitFor();

    await page.getByRole('checkbox', { name: 'Nätverk' }).uncheck();
    await expect.poll(() => map.locator('.react-flow__node-network').count()).toBe(0);
    expect(await map.locator('.react-flow__node-organisation').count()).toBe(21);
    // A shared or reloaded address shows the same layers.
    expect(new URL(page.url()).searchParams.get('lager')).toBe('');
    await page.reload();
    await map.locator('.react-flow__node-organisation').first().waitFor();
    expect(await map.locator('.react-flow__node-network').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Nätverk' }).isChecked()).toBe(false);
    await page.close();
  });

  it('labels its controls in English too', async () => {
    const page = await signedInPage();
    await toEnglish(page);
    await openMap(page, /^Map of the network: 21 organisations/);
    await page.getByRole('button', { name: 'Zoom in' }).waitFor();
    await page.getByRole('button', { name: 'Show the whole map' }).waitFor();
    await page
      .getByRole('link', { name: 'Kullbergska sjukhuset, hospital', exact: true })
      .waitFor();
    await page.close();
  });

  it('lists the same organisations as a table', async () => {
    const page = await signedInPage();
    const map = await openMap(page);
    const namesOnMap = (
      await map
        .locator('.react-flow__node-organisation')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))
    ).map((label) => label.replace(/, [^,]+$/, ''));
    expect(namesOnMap).toHaveLength(21);

    await page.getByRole('button', { name: 'Tabell' }).click();
    await expect.poll(() => page.url()).toContain('visa=tabell');
    const table = page.getByRole('table', { name: 'Organisationer i nätverket' });
    await table.waitFor();
    const namesInTable = await table
      .getByRole('rowheader')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''));
    expect([...namesInTable].sort()).toEqual([...namesOnMap].sort());
    const kullbergska = table.getByRole('row').filter({ hasText: /^Kullbergska sjukhuset/ });
    expect(await kullbergska.textContent()).toMatch(
      /Betjänar Flens kommun, Katrineholms kommun, Vingåkers kommun/,
    );
    await page.getByRole('table', { name: 'Nätverk, forum och projekt' }).waitFor();
    await page.close();
  });

  it('reads the links between organisations from one list, not page by page', async () => {
    const page = await signedInPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await openMap(page);
    expect(requests).toContain('/api/v1/organisation-links');
    expect(
      requests.filter((path) => /^\/api\/v1\/organisations\/[0-9a-f-]{36}$/.test(path)),
    ).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('goes through the main menu to Ny i nätverket and on to the map as a table', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const path = await tabTo(page, 'Ny i nätverket');
    const menu = ['Start', 'Sök', 'Hitta motpart', 'Organisationer', 'Nätverk', 'Ny i nätverket'];
    expect(path.slice(-menu.length)).toEqual(menu);
    expect(path).not.toContain('Administration');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ny i nätverket' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/ny-i-natverket`);

    await page
      .getByRole('region', { name: 'Dina första kontakter' })
      .getByRole('link', { name: 'Karin Östergren' })
      .waitFor();
    await tabTo(page, 'Öppna nätverkskartan', 400);
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Organisationer i nätverket' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/karta?visa=tabell`);
    await page.close();
  });

  it('shows Administration in the menu to editors', async () => {
    const page = await signedInPage(desktop, demoUsers.editor);
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menu.getByRole('link', { name: 'Administration' }).getAttribute('href')).toBe(
      '/admin',
    );
    await page.close();
  });
});

describe('accessibility', () => {
  const pages = ['/', '/ny-i-natverket', '/karta?visa=karta', '/karta?visa=tabell'];
  const ready: Record<string, (page: Page) => Promise<void>> = {
    '/': (page) => page.locator('.home-list-items li').first().waitFor(),
    '/ny-i-natverket': (page) => page.locator('.contact-person').first().waitFor(),
    '/karta?visa=karta': (page) => page.locator('.react-flow__node-organisation').first().waitFor(),
    '/karta?visa=tabell': (page) => page.locator('.map-table').first().waitFor(),
  };

  for (const [name, viewport] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    for (const language of ['sv', 'en'] as const) {
      it(`has no axe violations on the start page, onboarding and map (${name}, ${language})`, async () => {
        const page = await signedInPage(viewport);
        if (language === 'en') await toEnglish(page);
        for (const path of pages) {
          await page.goto(`${baseUrl}${path}`);
          await ready[path]?.(page);
          await expectNoAxeViolations(page);
        }
        await page.close();
      });
    }
  }
});

/** With SHOTS set: screenshots of each page for a person to look at; not a check. */
if (shotsDir) {
  describe('screenshots', () => {
    it('takes screenshots of the network map at 1280 and 360', async () => {
      for (const [width, height] of [
        [1280, 900],
        [360, 780],
      ] as const) {
        const page = await signedInPage({ width, height });
        await page.goto(`${baseUrl}/karta?visa=karta`);
        const map = page.locator('.network-graph-canvas');
        await map.locator('.react-flow__node-organisation').first().waitFor();
        await page.waitForTimeout(300);
        await map.screenshot({ path: shotPath(`map-graph-${width}.png`) });
        await page.getByRole('button', { name: 'Zooma in' }).click();
        await page.getByRole('button', { name: 'Zooma in' }).click();
        await page.waitForTimeout(400);
        await map.screenshot({ path: shotPath(`map-graph-${width}-zoomed.png`) });
        await page.getByRole('checkbox', { name: 'Funktioner' }).check();
        await page.waitForTimeout(600);
        await map.screenshot({ path: shotPath(`map-graph-${width}-posts.png`) });
        for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zooma in' }).click();
        await page.waitForTimeout(400);
        await map.screenshot({ path: shotPath(`map-graph-${width}-posts-zoomed.png`) });
        await page.close();
      }
    });

    it('takes screenshots of every page at 1280 and 360', async () => {
      for (const [width, height] of [
        [1280, 900],
        [360, 780],
      ] as const) {
        const page = await signedInPage({ width, height });
        const shots: Array<[string, string, (page: Page) => Promise<void>]> = [
          ['home', '/', (p) => p.locator('.home-list-items li').first().waitFor()],
          ['onboarding', '/ny-i-natverket', (p) => p.locator('.contact-person').first().waitFor()],
          [
            'map',
            '/karta?visa=karta',
            (p) => p.locator('.react-flow__node-organisation').first().waitFor(),
          ],
          ['map-table', '/karta?visa=tabell', (p) => p.locator('.map-table').first().waitFor()],
        ];
        for (const [name, path, wait] of shots) {
          await page.goto(`${baseUrl}${path}`);
          await wait(page);
          await page.screenshot({ path: shotPath(`${name}-${width}.png`), fullPage: true });
          // Tall pages also in parts, to be looked at closely.
          const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, part = 1; y < pageHeight && pageHeight > 2000; y += 1400, part++) {
            await page.screenshot({
              path: shotPath(`${name}-${width}-part${part}.png`),
              fullPage: true,
              clip: { x: 0, y, width, height: Math.min(1400, pageHeight - y) },
            });
          }
        }
        await page.goto(`${baseUrl}/ny-i-natverket`);
        await page.locator('.contact-person').first().waitFor();
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: shotPath(`onboarding-print-${width}.png`), fullPage: true });
        if (width === 1280)
          await page.pdf({ path: shotPath('onboarding-print.pdf'), format: 'A4' });
        await page.close();
      }
    });
  });
}
