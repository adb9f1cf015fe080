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

/** A signed-in reader on the start page, in a fresh browser context. */
async function signedInPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-postadress').fill(demoUsers.viewer);
  await page.getByLabel('Lösenord').fill(t.demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkskatalogen' }).waitFor();
  return page;
}

const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()}:${element.getAttribute('type') ?? ''}` : '';
  });

const searchBox = (page: Page) =>
  page.getByRole('searchbox', {
    name: 'Sök efter personer, funktioner, organisationer och nätverk',
  });
const results = (page: Page) => page.getByRole('region', { name: 'Sökresultat' });

describe('searching the directory', () => {
  it('finds Elin Sjöqvist from a folded name with the keyboard alone, opens her profile and comes back', async () => {
    const page = await signedInPage();

    await page.keyboard.press('/');
    await expect.poll(() => focusedElement(page)).toBe('input:search');
    await page.keyboard.type('sjoqvist');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseUrl}/sok?q=sjoqvist`);

    const elin = results(page).getByRole('link', { name: /^Elin Sjöqvist/ });
    await elin.waitFor();
    expect(await elin.locator('mark').allTextContents()).toEqual(['Sjöqvist']);
    expect(await elin.textContent()).toContain('Sjukhuskoordinator, Kullbergska sjukhuset');
    await expectNoAxeViolations(page);

    // The search box keeps focus after the home page's box sent us here: arrows take over.
    await expect.poll(() => focusedElement(page)).toBe('input:search');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/Elin Sjöqvist/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Elin Sjöqvist' }).waitFor();
    expect(page.url()).toMatch(/\/personer\/[0-9a-f-]{36}$/);

    await page.goBack();
    await results(page)
      .getByRole('link', { name: /^Elin Sjöqvist/ })
      .waitFor();
    expect(page.url()).toBe(`${baseUrl}/sok?q=sjoqvist`);
    expect(await searchBox(page).inputValue()).toBe('sjoqvist');
    await page.close();
  });

  it('narrows with a facet kept in the address, steps back, clears with Esc and explains an empty answer', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/sok?q=processledare`);
    const hits = results(page).locator('a[data-result-index]');
    await results(page)
      .getByRole('link', { name: /Gnesta kommun/ })
      .waitFor();
    expect(await hits.count()).toBe(12);

    const organisationFacet = page.getByRole('region', { name: 'Organisation', exact: true });
    await organisationFacet.getByRole('button', { name: /^Gnesta kommun/ }).click();
    await expect.poll(() => page.url()).toMatch(/[?&]organisation=[0-9a-f-]{36}/);
    expect(page.url()).toContain('q=processledare');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().textContent()).toMatch(/Vakant sedan 1 juli 2025/);
    expect(
      await organisationFacet
        .getByRole('button', { name: /^Gnesta kommun/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await expectNoAxeViolations(page);

    await page.goBack();
    await expect.poll(() => hits.count()).toBe(12);
    expect(page.url()).toBe(`${baseUrl}/sok?q=processledare`);

    await searchBox(page).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => searchBox(page).inputValue()).toBe('');
    await expect.poll(() => page.url()).toBe(`${baseUrl}/sok`);
    await page.getByRole('heading', { name: 'Vem eller vad letar du efter?' }).waitFor();

    // Results follow the typing: no Enter needed.
    await page.keyboard.type('xyzzyq');
    await page.getByRole('heading', { name: 'Inga träffar för ”xyzzyq”' }).waitFor();
    await page.getByText('Det här kan du prova:').waitFor();
    expect(page.url()).toBe(`${baseUrl}/sok?q=xyzzyq`);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('keeps one search in flight while someone types, and ends on the whole word', async () => {
    const page = await signedInPage();
    // A slow answer (a phone on a poor connection): every search takes 400 ms to come back.
    await page.route('**/api/v1/search?**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue().catch(() => undefined);
    });
    // A second question may only go out once the one on its way has been waited for a second
    // (the page's limit for a stalled answer), as on a machine busy enough to be that slow.
    const inFlightSince = new Map<object, number>();
    let tooEarly = 0;
    const asked: string[] = [];
    const isSearch = (url: string) => url.includes('/api/v1/search?');
    page.on('request', (request) => {
      if (!isSearch(request.url())) return;
      asked.push(new URL(request.url()).searchParams.get('q') ?? '');
      const now = Date.now();
      if ([...inFlightSince.values()].some((since) => now - since < 900)) tooEarly++;
      inFlightSince.set(request, now);
    });
    const settled = (request: { url(): string }) => inFlightSince.delete(request);
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);

    await page.goto(`${baseUrl}/sok`);
    const wholeWord = page.waitForResponse((response) =>
      response.url().includes('/api/v1/search?q=sjoqvist&'),
    );
    await searchBox(page).pressSequentially('sjoqvist', { delay: 60 });
    await wholeWord;
    await results(page).and(page.locator('[aria-busy="false"]')).waitFor();
    await results(page)
      .getByRole('link', { name: /^Elin Sjöqvist/ })
      .waitFor();
    expect(page.url()).toBe(`${baseUrl}/sok?q=sjoqvist`);
    expect(tooEarly).toBe(0);
    expect(asked.at(-1)).toBe('sjoqvist');
    // Eight letters, but the letters typed while an answer was on its way went in one question.
    expect(asked.length).toBeLessThan(5);
    await page.close();
  });
  it('gives up waiting for an answer that stalls, and asks for what is typed now', async () => {
    const page = await signedInPage();
    // The first question's answer stalls for 8 s (a phone losing its connection); later ones come.
    let first = true;
    await page.route('**/api/v1/search?**', async (route) => {
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 8000));
      }
      await route.continue().catch(() => undefined);
    });
    const events: string[] = [];
    const q = (url: string) => new URL(url).searchParams.get('q');
    page.on(
      'request',
      (r) => r.url().includes('/api/v1/search?') && events.push(`ask ${q(r.url())}`),
    );
    page.on(
      'response',
      (r) => r.url().includes('/api/v1/search?') && events.push(`answer ${q(r.url())}`),
    );

    await page.goto(`${baseUrl}/sok`);
    await searchBox(page).pressSequentially('sjoqvist', { delay: 60 });
    await results(page)
      .getByRole('link', { name: /^Elin Sjöqvist/ })
      .waitFor();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/sok?q=sjoqvist`);
    expect(events[0]).toBe('ask s');
    // The whole word was asked and answered while the first answer was still on its way.
    expect(events).toContain('answer sjoqvist');
    expect(events).not.toContain('answer s');
    await page.close();
  });
});

describe('a person’s profile', () => {
  it('offers call, e-mail, vCard and copy-link, and takes an error report in a dialog', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/sok?q=sjoqvist`);
    await results(page)
      .getByRole('link', { name: /^Elin Sjöqvist/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Elin Sjöqvist' }).waitFor();
    const personId = page.url().split('/').pop();
    const main = page.getByRole('main');

    expect(await main.getByRole('link', { name: 'Ring 070-174 06 17' }).getAttribute('href')).toBe(
      'tel:0701740617',
    );
    expect(await main.getByRole('link', { name: 'Skicka e-post' }).getAttribute('href')).toBe(
      'mailto:elin.sjoqvist@regionsormland.example',
    );
    expect(
      await main.getByRole('link', { name: 'Spara kontakt (vCard)' }).getAttribute('href'),
    ).toBe(`/api/v1/people/${personId}/vcard`);
    const currentPosts = main.getByRole('region', { name: 'Nuvarande uppdrag' });
    expect(await currentPosts.textContent()).toMatch(/Sjukhuskoordinator.*Kullbergska sjukhuset/);
    expect(await currentPosts.textContent()).toContain('Sedan 1 februari 2023');
    await main.getByRole('link', { name: 'Trygg och effektiv utskrivning' }).waitFor();
    await main.getByText('Uppgifterna bekräftades').waitFor();
    await expectNoAxeViolations(page);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await main.getByRole('button', { name: 'Kopiera länk' }).click();
    await main.getByText('Länken är kopierad.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    const opener = main.getByRole('button', { name: 'Rapportera fel' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Rapportera fel' });
    await dialog.waitFor();
    await expect.poll(() => focusedElement(page)).toBe('textarea:');
    await dialog.getByRole('button', { name: 'Skicka' }).click();
    await dialog.getByText('Skriv vad som är fel.').waitFor();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Rapportera fel');

    await opener.click();
    await dialog.getByLabel('Vad är fel?').fill('Nytt mobilnummer sedan oktober: 070-174 06 99.');
    await dialog.getByLabel('Vilken uppgift gäller det? (valfritt)').selectOption('mobile');
    const request = page.waitForRequest(
      (r) => r.url().endsWith('/api/v1/suggestions') && r.method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Skicka' }).click();
    expect((await request).postDataJSON()).toEqual({
      targetType: 'person',
      targetId: personId,
      message: 'Nytt mobilnummer sedan oktober: 070-174 06 99.',
      field: 'mobile',
    });
    await dialog.getByText(/^Tack! Ditt meddelande har skickats/).waitFor();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });

  it('has no accessibility violations on a phone-sized screen', async () => {
    const page = await signedInPage({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/sok?q=processledare`);
    await results(page)
      .getByRole('link', { name: /Gnesta kommun/ })
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Visa filter' }).click();
    await page.getByRole('region', { name: 'Roll', exact: true }).waitFor();
    await expectNoAxeViolations(page);

    await results(page)
      .getByRole('link', { name: /Region Sörmland/ })
      .first()
      .waitFor();
    await page.goto(`${baseUrl}/sok?q=gransmark`);
    await results(page)
      .getByRole('link', { name: /^Tove Gränsmark/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tove Gränsmark' }).waitFor();
    await page.getByText('1 september 2021 – 29 februari 2024').waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });
});
