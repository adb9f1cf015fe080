import type { PersonDetail } from '@nk/shared';
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
 * Profiles are kept per instance while the data they are made from stands still. Each test reads
 * a profile, changes it straight in the database (as an import or another instance would, so
 * only the triggers' numbers can tell) and reads it again: the change must show at once.
 */

let t: TestApp;
let headers: DemoHeaders;

beforeAll(async () => {
  t = await createTestApp();
  headers = await demoHeaders(t);
});
afterAll(() => t.close());

const profile = (id: string, as: DemoUser = 'admin') =>
  t.app.inject({ url: `/api/v1/people/${id}`, headers: headers[as] });

async function detail(id: string, as: DemoUser = 'admin') {
  const response = await profile(id, as);
  expect(response.statusCode, response.body).toBe(200);
  return { body: response.json<PersonDetail>(), etag: response.headers.etag };
}

const run = (query: ReturnType<typeof sql>) => query.execute(t.database.db);

async function personId(given: string, family: string) {
  const { rows } = await sql<{ id: string }>`SELECT id FROM people
    WHERE given_name = ${given} AND family_name = ${family}`.execute(t.database.db);
  return rows[0]?.id as string;
}

describe('kept profiles', () => {
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
