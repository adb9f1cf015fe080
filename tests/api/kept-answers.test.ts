import type { PersonDetail, SearchResult } from '@nk/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../helpers/statement-counter';
import {
  createTestApp,
  type DemoHeaders,
  type DemoUser,
  demoHeaders,
  type TestApp,
} from '../helpers/test-app';

/**
 * Searches and profiles are kept per instance while the data they are made from stands still.
 * Each test asks, changes one kind of data straight in the database (as an import, a merge or
 * another instance would, so only the triggers' numbers can tell) and asks the same again: it
 * must show the change at once.
 */

let t: TestApp;
let headers: DemoHeaders;

/** Each describe below changes the demo data its own way, so each has a database of its own. */
function ownApp() {
  beforeAll(async () => {
    t = await createTestApp();
    headers = await demoHeaders(t);
  });
  afterAll(() => t.close());
}

async function search(query: string, as: DemoUser = 'admin') {
  const response = await t.app.inject({ url: `/api/v1/search?${query}`, headers: headers[as] });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SearchResult>();
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;
const labels = (result: SearchResult) => result.items.map((i) => i.label);
const run = (query: ReturnType<typeof sql>) => query.execute(t.database.db);

async function idOf(table: 'organisations' | 'people', where: ReturnType<typeof sql>) {
  const { rows } = await sql<{
    id: string;
  }>`SELECT id FROM ${sql.table(table)} WHERE ${where}`.execute(t.database.db);
  return rows[0]?.id as string;
}

const profile = (id: string, as: DemoUser = 'admin') =>
  t.app.inject({ url: `/api/v1/people/${id}`, headers: headers[as] });

async function detail(id: string, as: DemoUser = 'admin') {
  const response = await profile(id, as);
  expect(response.statusCode, response.body).toBe(200);
  return { body: response.json<PersonDetail>(), etag: response.headers.etag };
}

async function personId(given: string, family: string) {
  const { rows } = await sql<{ id: string }>`SELECT id FROM people
    WHERE given_name = ${given} AND family_name = ${family}`.execute(t.database.db);
  return rows[0]?.id as string;
}

describe('kept search answers', () => {
  ownApp();

  it('gives a search asked again for one statement, and the same answer', async () => {
    const counter = await countStatements(t);
    try {
      const url = `/api/v1/search?${q('karin')}&limit=7`;
      const first = await counter.count(url, headers.admin);
      expect(first).toBeGreaterThan(1);
      expect(await counter.count(url, headers.admin)).toBe(1);
      expect(counter.tablesRead()).not.toContain('people');
    } finally {
      await counter.close();
    }
    expect(await search(`${q('karin')}&limit=7`)).toEqual(await search(`${q('karin')}&limit=7`));
  });

  it("shows a person's new name at once", async () => {
    expect(labels(await search(q('sjöqvist')))).toContain('Elin Sjöqvist');
    await run(sql`UPDATE people SET family_name = 'Sjöqvist-Nyman'
      WHERE given_name = 'Elin' AND family_name = 'Sjöqvist'`);
    const renamed = labels(await search(q('sjöqvist')));
    expect(renamed).toContain('Elin Sjöqvist-Nyman');
    expect(renamed).not.toContain('Elin Sjöqvist');
  });

  it('shows a post left at once', async () => {
    const held = async () =>
      (await search(`${q('östergren')}&type=person`)).items[0]?.person?.currentPosts.length;
    expect(await held()).toBeGreaterThan(0);
    const karin = await idOf('people', sql`given_name = 'Karin' AND family_name = 'Östergren'`);
    await run(sql`UPDATE assignments SET valid_to = valid_from WHERE person_id = ${karin}`);
    expect(await held()).toBe(0);
  });

  it("shows an organisation's new name at once", async () => {
    expect(labels(await search(q('vingåkers kommun')))).toContain('Vingåkers kommun');
    await run(sql`UPDATE organisations SET name = 'Vingåkers kommun (ny)'
      WHERE name = 'Vingåkers kommun'`);
    expect(labels(await search(q('vingåkers kommun')))).toContain('Vingåkers kommun (ny)');
  });

  it("shows a topic's new name and a person's new topic at once", async () => {
    const topicFacet = async () => (await search(`${q('lindström')}&type=person`)).facets.topic;
    const before = await topicFacet();
    const ake = await idOf('people', sql`given_name = 'Åke' AND family_name = 'Lindström'`);
    const { rows } = await sql<{ id: string }>`
      INSERT INTO topics (key, name_sv, name_en) VALUES ('testamne', 'Testämne', 'Test topic')
      RETURNING id`.execute(t.database.db);
    const topic = rows[0]?.id as string;
    expect(await topicFacet()).toEqual(before);
    await run(sql`INSERT INTO person_topics (person_id, topic_id) VALUES (${ake}, ${topic})`);
    expect(await topicFacet()).toContainEqual({ value: topic, label: 'Testämne', count: 1 });
    await run(sql`UPDATE topics SET name_sv = 'Omdöpt ämne' WHERE id = ${topic}`);
    expect(await topicFacet()).toContainEqual({ value: topic, label: 'Omdöpt ämne', count: 1 });
  });

  it("never gives one caller's answer to a caller shown less", async () => {
    const eskilstuna = await idOf('organisations', sql`name = 'Eskilstuna kommun'`);
    await run(sql`INSERT INTO people (given_name, family_name, organisation_id, phone,
        phone_visibility)
      VALUES ('Ulla', 'Hemlignummer', ${eskilstuna}, '016-710 00 00', 'organisation')`);
    await run(sql`INSERT INTO people (given_name, family_name, organisation_id, protected)
      VALUES ('Ulla', 'Skyddadsson', ${eskilstuna}, true)`);
    const ulla = q('ulla');
    const phoneOf = (result: SearchResult) =>
      result.items.find((i) => i.label === 'Ulla Hemlignummer')?.person?.phone;

    // The steward of Eskilstuna asks first: the restricted number shows to them only.
    expect(phoneOf(await search(ulla, 'editor'))).toBe('016-710 00 00');
    expect(phoneOf(await search(ulla, 'viewer'))).toBeNull();
    // The admin asks first: only the admin sees a protected person.
    expect(labels(await search(`${ulla}&limit=5`, 'admin'))).toContain('Ulla Skyddadsson');
    expect(labels(await search(`${ulla}&limit=5`, 'viewer'))).not.toContain('Ulla Skyddadsson');
    expect(labels(await search(`${ulla}&limit=5`, 'editor'))).not.toContain('Ulla Skyddadsson');
    // A number is found by those who may see it.
    expect(labels(await search(q('016-710 00 00'), 'editor'))).toEqual(['Ulla Hemlignummer']);
    expect(labels(await search(q('016-710 00 00'), 'viewer'))).toEqual([]);
  });
});

describe('kept profiles', () => {
  ownApp();

  it('gives a profile read again for one statement, with the same body and ETag', async () => {
    const id = await personId('Karin', 'Östergren');
    const counter = await countStatements(t);
    try {
      expect(await counter.count(`/api/v1/people/${id}`, headers.admin)).toBeGreaterThan(1);
      expect(await counter.count(`/api/v1/people/${id}`, headers.admin)).toBe(1);
      expect(counter.tablesRead()).not.toContain('people');
    } finally {
      await counter.close();
    }
    expect(await detail(id)).toEqual(await detail(id));
  });

  it('shows a new phone number, with the new ETag, at once', async () => {
    const id = await personId('Elin', 'Sjöqvist');
    const before = await detail(id);
    await run(sql`UPDATE people SET phone = '0155-24 00 01', version = version + 1
      WHERE id = ${id}`);
    const after = await detail(id);
    expect(after.body.phone).toBe('0155-24 00 01');
    expect(after.etag).not.toBe(before.etag);
  });

  it("shows a post left, an organisation's new name and a topic's new name at once", async () => {
    const id = await personId('Karin', 'Östergren');
    const before = (await detail(id)).body;
    const post = before.currentPosts[0];
    expect(post).toBeDefined();
    await run(sql`UPDATE organisations SET name = 'Omdöpt organisation'
      WHERE id = ${before.organisationId}`);
    expect((await detail(id)).body.organisation.name).toBe('Omdöpt organisation');
    await run(sql`UPDATE assignments SET valid_to = valid_from WHERE person_id = ${id}`);
    expect((await detail(id)).body.currentPosts).toEqual([]);
    const { rows } = await sql<{ id: string }>`
      INSERT INTO topics (key, name_sv, name_en) VALUES ('profilamne', 'Profilämne', 'Topic')
      RETURNING id`.execute(t.database.db);
    const topic = rows[0]?.id as string;
    await run(sql`INSERT INTO person_topics (person_id, topic_id) VALUES (${id}, ${topic})`);
    expect((await detail(id)).body.topics.map((x) => x.id)).toContain(topic);
    await run(sql`UPDATE topics SET name_sv = 'Omdöpt profilämne' WHERE id = ${topic}`);
    const topics = (await detail(id)).body.topics;
    expect(topics.find((x) => x.id === topic)).toMatchObject({ nameSv: 'Omdöpt profilämne' });
  });

  it("never gives one caller's profile to a caller shown less", async () => {
    const { rows } = await sql<{ id: string }>`
      INSERT INTO people (given_name, family_name, organisation_id, phone, phone_visibility)
      SELECT 'Ulla', 'Hemlignummer', id, '016-710 00 00', 'organisation'
      FROM organisations WHERE name = 'Eskilstuna kommun' RETURNING id`.execute(t.database.db);
    const restricted = rows[0]?.id as string;
    // The steward of Eskilstuna reads first: the restricted number shows to them only.
    expect((await detail(restricted, 'editor')).body.phone).toBe('016-710 00 00');
    expect((await detail(restricted, 'viewer')).body.phone).toBeNull();

    // The admin reads first: nobody else learns of a protected person.
    await run(sql`UPDATE people SET protected = true WHERE id = ${restricted}`);
    expect((await detail(restricted, 'admin')).body.protected).toBe(true);
    expect((await profile(restricted, 'viewer')).statusCode).toBe(404);
    expect((await profile(restricted, 'editor')).statusCode).toBe(404);
  });

  it('answers 404 for a person there is not, until there is one', async () => {
    const id = '0b6a3f5e-0000-4000-8000-000000000001';
    expect((await profile(id)).statusCode).toBe(404);
    await run(sql`INSERT INTO people (id, given_name, family_name, organisation_id)
      SELECT ${id}, 'Ny', 'Person', id FROM organisations ORDER BY sort_key LIMIT 1`);
    expect((await detail(id)).body.familyName).toBe('Person');
  });
});
