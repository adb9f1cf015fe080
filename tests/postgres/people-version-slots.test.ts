import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const peopleNumber = async () => {
  const { rows } = await sql<{ n: string }>`SELECT sum(version) AS n FROM people_version`.execute(
    t.database.db,
  );
  return Number(rows[0]?.n);
};

describe("the people's number under concurrent writers", () => {
  it('moves without waiting when another transaction holds the slot of the connection', async () => {
    const db = t.database.db;
    const person = await db.selectFrom('people').select('id').limit(1).executeTakeFirstOrThrow();
    const before = await peopleNumber();

    await db.transaction().execute(async (writer) => {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(writer);
      const slot = (rows[0]?.pid as number) % 64;
      // Another connection's transaction holds the writer's slot, as one whose process id
      // gives the same slot does from its first change to people until it commits.
      let holding: () => void = () => {};
      let done: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        holding = resolve;
      });
      const finished = new Promise<void>((resolve) => {
        done = resolve;
      });
      const other = db.transaction().execute(async (trx) => {
        await sql`SELECT version FROM people_version WHERE slot = ${slot} FOR UPDATE`.execute(trx);
        holding();
        await finished;
      });
      await held;
      try {
        await sql`SET LOCAL lock_timeout = '2s'`.execute(writer);
        await writer
          .updateTable('people')
          .set({ version: sql`version + 1` })
          .where('id', '=', person.id)
          .execute();
      } finally {
        done();
        await other;
      }
    });

    expect(await peopleNumber()).toBe(before + 1);
  });
});
