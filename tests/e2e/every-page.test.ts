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
} from '../helpers/browser';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/**
 * Every page of the app, as an administrator sees it (so the administration pages are there
 * too): in Swedish and in English, at 1280 and at 375 pixels wide. axe finds nothing, nothing is
 * wider than the screen, and in English no Swedish interface text is left.
 * With SHOTS set, each of those views is also saved as a PNG for people to look at.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let pages: [name: string, path: string][];
/** Directory data shown as written (names of organisations, networks, topics, people). */
let data: string[];

const viewports = [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
];

async function api<T>(path: string, token: string): Promise<T> {
  const response = await t.app.inject({ url: `/api/v1${path}`, headers: bearer(token) });
  expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
  return response.json<T>();
}

type Named = { id: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const token = await t.signIn(demoUsers.admin);
  const organisations = (await api<{ items: Named[] }>('/organisations?limit=500', token)).items;
  const networks = (
    await api<{ items: (Named & { description: string | null })[] }>('/networks?limit=100', token)
  ).items;
  const topics = (
    await api<{ items: { id: string; nameSv: string; descriptionSv: string | null }[] }>(
      '/topics?limit=100',
      token,
    )
  ).items;
  const people = (
    await api<{
      items: { id: string; givenName: string; familyName: string; bio: string | null }[];
    }>('/people?limit=500', token)
  ).items;
  const roles = (await api<{ items: { id: string; key: string }[] }>('/roles?limit=100', token))
    .items;
  const posts = (
    await api<{ items: { id: string; title: string | null }[] }>('/posts?limit=500', token)
  ).items;
  const kullbergska = organisations.find((o) => o.name === 'Kullbergska sjukhuset') as Named;
  const naraVard = networks.find((n) => n.name === 'Nätverket Nära vård i Sörmland') as Named;
  const elin = people.find((p) => p.familyName === 'Sjöqvist') as { id: string };
  const role = roles.find((r) => r.key === 'narvardskoordinator') as { id: string };
  data = [
    ...organisations.map((o) => o.name),
    ...networks.flatMap((n) => [n.name, ...(n.description ? [n.description] : [])]),
    ...topics.flatMap((topic) => [
      topic.nameSv,
      ...(topic.descriptionSv ? [topic.descriptionSv] : []),
    ]),
    ...people.flatMap((p) => [`${p.givenName} ${p.familyName}`, ...(p.bio ? [p.bio] : [])]),
    ...posts.flatMap((p) => (p.title ? [p.title] : [])),
  ].sort((a, b) => b.length - a.length);
  pages = [
    ['home', '/'],
    ['search', '/sok?q=eriksson'],
    ['person', `/personer/${elin.id}`],
    ['organisations', '/organisationer'],
    ['organisation', `/organisationer/${kullbergska.id}`],
    ['counterparts', '/motparter'],
    ['networks', '/natverk'],
    ['network', `/natverk/${naraVard.id}`],
    ['role', `/roller/${role.id}`],
    ['post', `/funktioner/${posts[0]?.id}`],
    ['onboarding', '/ny-i-natverket'],
    ['map', '/karta?visa=tabell'],
    ['admin', '/admin'],
    ['review', '/admin/granskning'],
    ['import', '/admin/import'],
    ['audit', '/admin/logg'],
    ['users', '/admin/anvandare'],
    ['archive', '/admin/arkiv'],
    ['handover', '/admin/overlamning'],
    ['merge', '/admin/sammanfoga'],
    ['new person', `/personer/ny?organisation=${kullbergska.id}`],
    ['edit person', `/personer/${elin.id}/redigera`],
    ['edit organisation', `/organisationer/${kullbergska.id}/redigera`],
    ['new post', `/funktioner/ny?organisation=${kullbergska.id}`],
    ['edit post', `/funktioner/${posts[0]?.id}/redigera`],
    ['assignments', `/funktioner/${posts[0]?.id}/uppdrag`],
    ['map graph', '/karta'],
    ['catalogue', '/admin/katalog'],
    ['new role', '/roller/ny'],
    ['edit role', `/roller/${role.id}/redigera`],
    ['new network', '/natverk/ny'],
    ['edit network', `/natverk/${naraVard.id}/redigera`],
    ['new topic', '/amnen/ny'],
    ['edit topic', `/amnen/${topics[0]?.id}/redigera`],
  ];
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: viewports[0] })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(demoUsers.admin);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' }).waitFor();
  return page;
}

/** Swedish interface text (from the dictionary) that an English page should not show. */
const swedishOnly = (() => {
  const englishValues = Object.values(en).join('\n');
  return (Object.keys(sv) as (keyof typeof sv)[])
    .filter((key) => sv[key] !== en[key])
    .flatMap((key) => sv[key].split(/\{\w+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 4 && !englishValues.includes(fragment));
})();
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.loading-region, .skeleton').first().waitFor({ state: 'detached' });
}

async function leftoverSwedish(page: Page): Promise<string[]> {
  let text = await page.evaluate(() => {
    const main = document.body.cloneNode(true) as HTMLElement;
    // Links to the directory's own records carry their names as data, in Swedish.
    for (const link of main.querySelectorAll(
      'a[href^="/personer/"], a[href^="/organisationer/"], a[href^="/natverk/"], a[href^="/roller/"], a[href^="/funktioner/"], h1, option, input, textarea',
    )) {
      link.remove();
    }
    return main.innerText;
  });
  for (const value of data) text = text.split(value).join(' ');
  return swedishOnly.filter((fragment) =>
    new RegExp(`(^|[^\\p{L}])${escapeRegExp(fragment)}($|[^\\p{L}])`, 'u').test(text),
  );
}

describe('every page', () => {
  it('passes axe, fits the screen and speaks the chosen language throughout', async () => {
    const page = await signedIn();
    const problems: string[] = [];
    for (const [name, path] of pages) {
      await page.goto(`${baseUrl}${path}`);
      for (const language of ['sv', 'en'] as const) {
        await chooseLanguage(page, language);
        for (const viewport of viewports) {
          await page.setViewportSize(viewport);
          await settled(page);
          await expectNoAxeViolations(page).catch((error: Error) =>
            problems.push(`${name} ${language} ${viewport.width}: ${error.message.slice(0, 300)}`),
          );
          if (shotsDir) {
            const file = `${name.replaceAll(' ', '-')}-${language}-${viewport.width}.png`;
            await page.screenshot({ path: shotPath(file), fullPage: true });
          }
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > viewport.width) {
            problems.push(`${name} ${language} ${viewport.width}: ${width} px wide`);
          }
        }
        if (language === 'en') {
          const leftovers = await leftoverSwedish(page);
          if (leftovers.length > 0)
            problems.push(`${name} en: Swedish left: ${leftovers.join(' | ')}`);
        }
      }
      await chooseLanguage(page, 'sv');
      await page.setViewportSize(viewports[0] as { width: number; height: number });
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
