import type { Person } from '@nk/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let headers: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  headers = bearer(await t.signIn(demoUsers.admin));
});
afterAll(() => t.close());

/** Resolves once a statement on this database waits for a row lock. */
async function someoneWaitsForALock() {
  await expect
    .poll(
      async () => {
        const { rows } = await sql<{ waiting: number }>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.database.db);
        return rows[0]?.waiting;
      },
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);
}

describe('an edit that waits for another writer of the same person', () => {
  it('answers with the person as that writer left them, topics included', async () => {
    const list = await t.app.inject({ url: '/api/v1/people?limit=1', headers });
    const person = list.json<{ items: Person[] }>().items[0] as Person;
    const topic = await t.database.db
      .selectFrom('topics')
      .select('id')
      .where('id', 'not in', person.topicIds.length > 0 ? person.topicIds : [person.id])
      .orderBy('id')
      .executeTakeFirstOrThrow();

    let edit: Promise<Awaited<ReturnType<typeof t.app.inject>>> | undefined;
    await t.database.db.transaction().execute(async (trx) => {
      // The other writer: locks the person, gives them one more topic, bumps the version.
      await trx.selectFrom('people').select('id').where('id', '=', person.id).forUpdate().execute();
      await trx
        .insertInto('person_topics')
        .values({ person_id: person.id, topic_id: topic.id })
        .execute();
      await trx
        .updateTable('people')
        .set({ version: sql`version + 1` })
        .where('id', '=', person.id)
        .execute();
      edit = t.app.inject({
        method: 'PATCH',
        url: `/api/v1/people/${person.id}`,
        headers: { ...headers, 'if-match': `"${person.version}"` },
        payload: { title: 'Samordnare' },
      });
      await someoneWaitsForALock();
    });

    const answer = await (edit as NonNullable<typeof edit>);
    expect(answer.statusCode, answer.body).toBe(412);
    const current = answer.json<{ currentVersion: number; current: Person }>();
    expect(current.currentVersion).toBe(person.version + 1);
    expect(current.current.version).toBe(person.version + 1);
    expect([...current.current.topicIds].sort()).toEqual([...person.topicIds, topic.id].sort());
  });
});
