import type { SearchHit, SearchResult } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { countStatements } from '../helpers/statement-counter';
import {
  createTestApp,
  type DemoHeaders,
  type DemoUser,
  demoHeaders,
  type TestApp,
} from '../helpers/test-app';

/**
 * Search quality on the demo network, table-driven: each row is a query as someone would type it
 * and what must come first, be found, or not be found.
 */

let t: TestApp;
let headers: DemoHeaders;

beforeAll(async () => {
  t = await createTestApp();
  headers = await demoHeaders(t);
});
afterAll(() => t.close());

async function search(query: string, as: DemoUser = 'viewer') {
  const response = await t.app.inject({ url: `/api/v1/search?${query}`, headers: headers[as] });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SearchResult>();
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;
const labels = (result: SearchResult) => result.items.map((i) => i.label);
const indexOf = (result: SearchResult, label: string) => labels(result).indexOf(label);

interface Case {
  q: string;
  why: string;
  as?: DemoUser;
  extra?: string;
  /** The first hit's label (and, optionally, how it matched). */
  first?: string;
  firstMatch?: SearchHit['match'];
  firstType?: SearchHit['type'];
  includes?: string[];
  excludes?: string[];
  /** Each pair: the first label ranks above the second. */
  above?: [string, string][];
  empty?: true;
}

const cases: Case[] = [
  // Diacritics and case folded
  { q: 'sjoqvist', why: 'ö typed as o', first: 'Elin Sjöqvist', firstMatch: 'exact' },
  { q: 'Sjöqvist', why: 'as written', first: 'Elin Sjöqvist', firstMatch: 'exact' },
  { q: 'SJÖQVIST', why: 'upper case', first: 'Elin Sjöqvist' },
  { q: 'ake', why: 'Å typed as a', first: 'Åke Lindström', firstMatch: 'exact' },
  { q: 'ostergren', why: 'Ö typed as O', first: 'Karin Östergren' },
  { q: 'lindstrom', why: 'ö in a family name', first: 'Åke Lindström' },
  { q: 'oystein', why: 'Norwegian ø', first: 'Øystein Bakke' },
  { q: 'muller', why: 'German ü', first: 'René Müller' },
  { q: 'rene', why: 'French é', first: 'René Müller' },
  { q: 'wahlstrom', why: 'ö in a family name', first: 'Gun-Britt Wahlström' },
  // Prefix as you type
  {
    q: 'kar',
    why: 'prefix of given and family names, and a near place name',
    includes: ['Karin Östergren', 'Karl Karlsson', 'Katrineholms kommun'],
    above: [
      ['Karl Karlsson', 'Katrineholms kommun'],
      ['Karin Östergren', 'Katrineholms kommun'],
    ],
  },
  {
    q: 'mal',
    why: 'prefix of a person and, folded, of Mälarsjukhuset',
    includes: ['Malin Bergström', 'Mälarsjukhuset'],
  },
  { q: 'sjö', why: 'three letters with ö', includes: ['Elin Sjöqvist', 'Helena Sjöberg'] },
  { q: 'k', why: 'one letter still answers', includes: ['Karl Karlsson'] },
  { q: 'hel', why: 'given-name prefix', first: 'Helena Sjöberg', firstMatch: 'prefix' },
  // Full names in either order
  { q: 'elin sjöqvist', why: 'given family', first: 'Elin Sjöqvist', firstMatch: 'exact' },
  { q: 'sjöqvist elin', why: 'family given', first: 'Elin Sjöqvist', firstMatch: 'exact' },
  { q: 'karlsson karl', why: 'family given, same stem', first: 'Karl Karlsson' },
  { q: 'anna er', why: 'full given name, family prefix', first: 'Anna Eriksson' },
  { q: 'sjoqvist e', why: 'one-letter given-name prefix', first: 'Elin Sjöqvist' },
  { q: 'qvist el', why: 'inside the family name, a given-name prefix', first: 'Elin Sjöqvist' },
  { q: 'aberg jo', why: 'inside a double name, a prefix', first: 'Jörgen Nyström-Åberg' },
  { q: 'trom br', why: 'inside a name, a prefix after a hyphen', first: 'Gun-Britt Wahlström' },
  // Double-barrelled names
  { q: 'nyström-åberg', why: 'the whole double name', first: 'Jörgen Nyström-Åberg' },
  { q: 'aberg', why: 'the second part of a double name', first: 'Jörgen Nyström-Åberg' },
  { q: 'gun-britt', why: 'a double given name', first: 'Gun-Britt Wahlström' },
  { q: 'britt', why: 'the second part of a double given name', first: 'Gun-Britt Wahlström' },
  // Typos
  { q: 'johanson', why: 'one s missing', first: 'Lars Johansson', firstMatch: 'fuzzy' },
  { q: 'eriksön', why: 'typo with a diacritic', first: 'Anna Eriksson', firstMatch: 'fuzzy' },
  { q: 'karlson', why: 'one s missing', first: 'Karl Karlsson' },
  { q: 'bergstrom malin', why: 'both words, folded', first: 'Malin Bergström' },
  { q: 'lindqvst', why: 'a letter missing', first: 'Emma Lindqvist' },
  // Roles, synonyms and abbreviations
  {
    q: 'nvk',
    why: 'abbreviation of närvårdskoordinator',
    first: 'Närvårdskoordinator',
    firstType: 'role',
    includes: ['Närvårdskoordinator, Flens kommun', 'Närvårdskoordinator, Vingåkers kommun'],
  },
  { q: 'NVK', why: 'abbreviation in capitals', first: 'Närvårdskoordinator' },
  { q: 'ssk', why: 'abbreviation in a multi-word synonym', first: 'Sjukhuskoordinator' },
  { q: 'fhs', why: 'abbreviation', first: 'Folkhälsostrateg', firstType: 'role' },
  {
    q: 'nvk flen',
    why: 'role abbreviation and a place',
    first: 'Närvårdskoordinator, Flens kommun',
    firstType: 'post',
    excludes: ['Närvårdskoordinator, Trosa kommun'],
  },
  {
    q: 'processledare',
    why: 'both processledare roles',
    includes: ['Processledare (kommun)', 'Processledare (region)'],
  },
  {
    q: 'narvardskoord',
    why: 'a role name prefix without diacritics',
    first: 'Närvårdskoordinator',
  },
  // Phone numbers in any formatting
  { q: '070-174 06 05', why: 'mobile as written', first: 'Helena Sjöberg', firstMatch: 'exact' },
  { q: '+46701740605', why: 'international form', first: 'Helena Sjöberg' },
  { q: '0701740607', why: 'stored as +46 70 174 06 07', first: 'Kristoffer Dahl' },
  { q: '0155-10 21 40', why: 'a desk phone', first: 'Helena Sjöberg' },
  { q: '070 174 06 4', why: 'a number prefix', includes: ['Øystein Bakke', 'Ulrika Jonsson'] },
  {
    q: '070-174 06 40',
    why: 'a number visible only inside Eskilstuna kommun is not found from outside',
    empty: true,
  },
  {
    q: '070-174 06 40',
    as: 'editor',
    why: 'the Eskilstuna steward may search by it',
    first: 'Åke Lindström',
  },
  // E-mail
  { q: 'anna.eriksson@eskilstuna.example', why: 'whole address', first: 'Anna Eriksson' },
  { q: 'helena.sjoberg@', why: 'an address prefix', first: 'Helena Sjöberg' },
  // Organisations and networks
  { q: 'eskilstuna', why: 'a municipality', first: 'Eskilstuna kommun', firstType: 'organisation' },
  { q: 'kullbergska', why: 'a hospital', first: 'Kullbergska sjukhuset' },
  { q: 'malarsjukhuset', why: 'folded', first: 'Mälarsjukhuset', firstMatch: 'exact' },
  {
    q: 'trygg utskrivning',
    why: 'two words of a network name',
    first: 'Trygg och effektiv utskrivning',
    firstType: 'network',
  },
  {
    q: 'lpo',
    why: 'networks by abbreviation',
    includes: ['LPO Äldres hälsa', 'LPO Psykisk hälsa'],
  },
  // Negative cases
  {
    q: 'gran',
    why: 'Gränsmark (a prefix, folded) ranks above any near miss',
    first: 'Tove Gränsmark',
    firstMatch: 'prefix',
  },
  { q: 'xyzzyq', why: 'nothing like it', empty: true },
  { q: 'kar', extra: 'type=person', why: 'type filter', excludes: ['Katrineholms kommun'] },
];

describe('search quality', () => {
  it('covers at least forty queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.q, c.why, c] as const))('%s (%s)', async (_q, _why, c) => {
    const result = await search(`${q(c.q)}${c.extra ? `&${c.extra}` : ''}`, c.as);
    const found = labels(result);
    if (c.empty) expect(found).toEqual([]);
    if (c.first) expect(found[0], JSON.stringify(found)).toBe(c.first);
    if (c.firstMatch) expect(result.items[0]?.match).toBe(c.firstMatch);
    if (c.firstType) expect(result.items[0]?.type).toBe(c.firstType);
    for (const label of c.includes ?? []) expect(found).toContain(label);
    for (const label of c.excludes ?? []) expect(found).not.toContain(label);
    for (const [higher, lower] of c.above ?? []) {
      expect(indexOf(result, higher), found.join(' | ')).toBeGreaterThanOrEqual(0);
      expect(indexOf(result, higher), found.join(' | ')).toBeLessThan(indexOf(result, lower));
    }
  });
});

describe('search results', () => {
  it('ranks exact and prefix matches above near misses, and says how each matched', async () => {
    const result = await search(q('kar'));
    const tiers = result.items.map((i) =>
      ['exact', 'prefix', 'substring', 'fuzzy'].indexOf(i.match),
    );
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('highlights the matched part of the name as written, diacritics and all', async () => {
    const [hit] = (await search(q('sjoq'))).items;
    expect(hit?.highlights).toEqual([{ field: 'name', value: 'Elin Sjöqvist', ranges: [[5, 9]] }]);
    const [phone] = (await search(q('+46 70 174 06 05'))).items;
    expect(phone?.highlights).toEqual([
      { field: 'mobile', value: '070-174 06 05', ranges: [[0, 13]] },
    ]);
  });

  it('returns the vacancy for a vacant role, with the day it became vacant', async () => {
    const result = await search(q('processledare gnesta'));
    const [hit] = result.items;
    expect(hit?.type).toBe('post');
    expect(hit?.post).toMatchObject({ vacant: true, vacantSince: '2025-07-01', holders: [] });
    const never = (await search(q('folkhälsostrateg'))).items.find((i) => i.type === 'post');
    expect(never?.post).toMatchObject({ vacant: true, vacantSince: null });
  });

  it('answers as of a date: the regional processledare before and after the handover', async () => {
    const holderOn = async (date: string) => {
      const result = await search(`${q('processledare region')}&type=post&asOf=${date}`);
      return result.items[0]?.post?.holders
        .filter((h) => h.kind === 'holder')
        .map((h) => `${h.person.givenName} ${h.person.familyName}`);
    };
    expect(await holderOn('2024-02-15')).toEqual(['Tove Gränsmark']);
    expect(await holderOn('2024-03-15')).toEqual(['Helena Sjöberg']);
  });

  it('puts people holding a post above people who hold none, at the same match', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: headers.admin,
      payload: {
        givenName: 'Helena',
        familyName: 'Sjöblom',
        organisationId: (await search(q('eskilstuna kommun'))).items[0]?.id,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const result = await search(q('sjö'));
    const people = result.items.filter((i) => i.type === 'person');
    expect(people.at(-1)?.label).toBe('Helena Sjöblom');
    expect(people.at(-1)?.person?.currentPosts).toEqual([]);
    expect(people[0]?.person?.currentPosts.length).toBeGreaterThan(0);
  });

  it('filters by role, organisation (with everything below it), municipality, network and topic', async () => {
    const nvk = (await search(q('nvk'))).items[0]?.id as string;
    const byRole = await search(`role=${nvk}&type=person`);
    expect(byRole.items.length).toBeGreaterThanOrEqual(8);
    for (const hit of byRole.items) {
      expect(hit.person?.currentPosts.map((p) => p.role.id)).toContain(nvk);
    }

    const region = (await search(q('region sörmland'))).items[0];
    expect(region?.label).toBe('Region Sörmland');
    const inRegion = await search(`${q('hel')}&organisation=${region?.id}`);
    expect(labels(inRegion)).toContain('Helena Sjöberg');
    const kullbergska = await search(`${q('elin')}&organisation=${region?.id}&type=person`);
    expect(labels(kullbergska)).toContain('Elin Sjöqvist'); // employed below the region

    const nvkPosts = (await search(`${q('nvk')}&type=post`)).items.map(
      (hit) => hit.post?.organisation.name ?? '',
    );
    expect(nvkPosts.length).toBeGreaterThanOrEqual(8);
    expect(nvkPosts).toEqual([...nvkPosts].sort((a, b) => a.localeCompare(b, 'sv')));
    const nvkInFlen = await search(`${q('nvk')}&municipality=0482&type=post`);
    expect(labels(nvkInFlen)).toEqual(['Närvårdskoordinator, Flens kommun']);
    const inVingakerNotFlen = await search(`${q('nvk flen')}&municipality=0428&type=post`);
    expect(inVingakerNotFlen.items).toEqual([]);

    const flen = await search('municipality=0482&type=person');
    expect(labels(flen)).toEqual(expect.arrayContaining(['Mikael Olsson', 'Jenny Lund']));
    expect(labels(flen)).not.toContain('Anna Eriksson');

    const utskrivning = (await search(q('trygg utskrivning'))).items[0]?.id as string;
    const inNetwork = await search(`network=${utskrivning}&type=post`);
    expect(inNetwork.items.length).toBeGreaterThan(0);
    for (const hit of inNetwork.items) expect(hit.post?.networkId).toBe(utskrivning);

    const withTopic = await search(q('sjöqvist'));
    const topic = withTopic.facets.topic[0];
    if (topic) {
      const byTopic = await search(`topic=${topic.value}&type=person`);
      expect(labels(byTopic)).toContain('Elin Sjöqvist');
    }
  });

  it('counts facets among the candidates', async () => {
    const result = await search(q('nvk'));
    expect(result.facets.type).toEqual(
      expect.arrayContaining([
        { value: 'post', label: 'post', count: 9 },
        { value: 'role', label: 'role', count: 1 },
      ]),
    );
    expect(result.facets.role[0]).toMatchObject({ label: 'Närvårdskoordinator', count: 9 });
    expect(result.facets.municipality.map((m) => m.label)).toContain('Flens kommun');
    const people = await search(q('anna'));
    expect(people.facets.organisation.length).toBeGreaterThan(0);
  });

  it('finds people who left only when former=true, and never protected people but for admins', async () => {
    const eskilstuna = (await search(q('eskilstuna kommun'))).items[0]?.id as string;
    const create = (familyName: string, extra: object = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/people',
        headers: headers.admin,
        payload: { givenName: 'Ylva', familyName, organisationId: eskilstuna, ...extra },
      });
    const left = (await create('Zetterlund')).json<{ id: string }>();
    const read = await t.app.inject({ url: `/api/v1/people/${left.id}`, headers: headers.admin });
    const archived = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/people/${left.id}`,
      headers: { ...headers.admin, 'if-match': String(read.headers.etag) },
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(labels(await search(q('zetterlund')))).toEqual([]);
    expect(labels(await search(`${q('zetterlund')}&former=true`))).toEqual(['Ylva Zetterlund']);

    expect((await create('Zackrisson', { protected: true })).statusCode).toBe(201);
    expect(labels(await search(q('zackrisson')))).toEqual([]);
    expect(labels(await search(q('zackrisson'), 'admin'))).toEqual(['Ylva Zackrisson']);
  });

  it('filters by an organisation added below a municipality from the moment it is added', async () => {
    const filter = `${q('ylva')}&municipality=0482&type=person`;
    expect(labels(await search(filter))).not.toContain('Ylva Nyenhetsson');
    const flen = (await search(q('flens kommun'))).items[0]?.id as string;
    const unit = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: headers.admin,
      payload: { name: 'Nya enheten i Flen', kind: 'unit', parentId: flen },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const person = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: headers.admin,
      payload: {
        givenName: 'Ylva',
        familyName: 'Nyenhetsson',
        organisationId: unit.json<{ id: string }>().id,
      },
    });
    expect(person.statusCode, person.body).toBe(201);
    expect(labels(await search(filter))).toContain('Ylva Nyenhetsson');
    expect(labels(await search(`${q('ylva')}&organisation=${flen}&type=person`))).toContain(
      'Ylva Nyenhetsson',
    );
  });

  it('answers an empty query with nothing, and refuses bad filters with field errors', async () => {
    expect((await search('q=')).items).toEqual([]);
    expect((await search(q('   '))).items).toEqual([]);
    const bad = await t.app.inject({
      url: '/api/v1/search?q=x&role=nope&municipality=12&limit=0',
      headers: headers.viewer,
    });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    const fields = bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['querystring.role', 'querystring.municipality', 'querystring.limit']),
    );
    const anonymous = await t.app.inject({ url: '/api/v1/search?q=anna' });
    expectProblem(anonymous, 401, 'NOT_SIGNED_IN');
  });
});

describe('statements per search', () => {
  it('asks the database a few times, the catalogue answering from memory', async () => {
    const counter = await countStatements(t);
    try {
      const count = (query: string) => counter.count(`/api/v1/search?${query}`, headers.viewer);
      // The first request after start reads the catalogue once and keeps it.
      await count(q('anna'));
      // Access; version and folded words; people by prefix (then inside names); what they
      // hold; the people shown. A page filled at stage one needs no near misses.
      expect(await count(`${q('k')}&limit=5`)).toBeLessThanOrEqual(6);
      // Filters resolve in memory: no statement for the organisation tree.
      const region = (await search(q('region sörmland'))).items[0]?.id as string;
      expect(await count(`${q('k')}&limit=5&organisation=${region}`)).toBeLessThanOrEqual(6);
      // A place and a role are found without asking the database for them.
      expect(await count(`${q('eskilstuna')}&limit=1`)).toBeLessThanOrEqual(4);
      expect(await count(`${q('nvk')}&limit=3`)).toBeLessThanOrEqual(6);
      // Posts are put in order by their organisations and roles in the catalogue in memory.
      await count(`${q('nvk')}&type=post`);
      expect(counter.tablesRead()).toContain('posts');
      expect(counter.tablesRead()).not.toContain('organisations');
      // Posts in no organisation both the words and the filter allow are not looked for.
      expect(await count(`${q('nvk flen')}&municipality=0428&type=post`)).toBe(2);
    } finally {
      await counter.close();
    }
  });
});
