import { type Database, statementsAskedOf } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionsNow } from '../../apps/api/src/lib/kept-answers';
import { createTestDatabase } from '../helpers/test-database';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const moveTopic = (db: Database['db']) =>
  sql`UPDATE topics SET name_en = name_en || '.' WHERE key = (SELECT min(key) FROM topics)`.execute(
    db,
  );

describe('versionsNow', () => {
  it('counts statements only where this process has the only connection', () => {
    const asked = statementsAskedOf(database.db);
    if (database.kind === 'pglite') expect(asked?.()).toBeTypeOf('number');
    else expect(asked).toBeUndefined();
  });

  it('sees a change made through any handle on the database, at once', async () => {
    const { db } = database;
    const before = await versionsNow(db);
    expect(await versionsNow(db)).toEqual(before);
    // Another handle on the same database: a plugin makes a new Kysely over the same driver.
    await moveTopic(
      db.withPlugin({ transformQuery: (a) => a.node, transformResult: async (a) => a.result }),
    );
    const after = await versionsNow(db);
    expect(after.catalogue).toBeGreaterThan(before.catalogue);
    await sql`INSERT INTO person_topics (person_id, topic_id)
      SELECT (SELECT id FROM people ORDER BY id LIMIT 1), id FROM topics
      ON CONFLICT DO NOTHING`.execute(db);
    expect((await versionsNow(db)).people).toBeGreaterThan(after.people);
  });

  it('asks PGlite nothing while nothing else has been asked, and shares a read on its way', async () => {
    const { db } = database;
    const asked = statementsAskedOf(db);
    if (!asked) return expect(database.kind).toBe('postgres');
    await versionsNow(db);
    const before = asked();
    const [one, two] = await Promise.all([versionsNow(db), versionsNow(db)]);
    expect(two).toEqual(one);
    expect(asked()).toBe(before);
    await moveTopic(db);
    const reads = await Promise.all([versionsNow(db), versionsNow(db), versionsNow(db)]);
    expect(asked()).toBe(before + 2);
    expect(reads[0]?.catalogue).toBeGreaterThan(one.catalogue);
  });
});
