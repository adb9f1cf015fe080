import type { Database, DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-database';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** The statements this connection holds prepared, with how often each was planned. */
async function preparedOn(db: Kysely<DB>) {
  const { rows } = await sql<{ statement: string; plans: number }>`
    SELECT statement, generic_plans + custom_plans AS plans FROM pg_prepared_statements`.execute(
    db,
  );
  return rows;
}

describe('the PostgreSQL pool', () => {
  it('prepares a statement that comes back, on each connection, and answers it the same', async () => {
    await database.db.connection().execute(async (connection) => {
      const roleQuery = (key: string) =>
        connection.selectFrom('roles').select(['key']).where('key', '=', key);
      const roleOf = (key: string) => roleQuery(key).execute();
      const text = roleQuery('mas').compile().sql;

      expect(await roleOf('mas')).toEqual([{ key: 'mas' }]);
      expect(await roleOf('projektledare')).toEqual([{ key: 'projektledare' }]);
      expect((await preparedOn(connection)).map((p) => p.statement)).not.toContain(text);

      for (const key of ['mas', 'projektledare', 'mas', 'saknas']) {
        expect(await roleOf(key)).toEqual(key === 'saknas' ? [] : [{ key }]);
      }
      const prepared = (await preparedOn(connection)).find((p) => p.statement === text);
      // Named from its third run on: parsed once, then planned once per run (or kept generic).
      expect(prepared?.plans).toBeGreaterThan(0);
      expect(prepared?.plans).toBeLessThanOrEqual(4);
    });
  });

  it('runs a statement seen once without preparing it', async () => {
    await database.db.connection().execute(async (connection) => {
      const once = sql<{ n: number }>`SELECT ${41}::int + 1 AS n`;
      expect((await once.execute(connection)).rows).toEqual([{ n: 42 }]);
      const texts = (await preparedOn(connection)).map((p) => p.statement);
      expect(texts).not.toContain(once.compile(connection).sql);
    });
  });

  it('answers a named statement again once a column is added to what it reads', async () => {
    await database.db.connection().execute(async (connection) => {
      await sql`CREATE TABLE widened (a int)`.execute(connection);
      await sql`INSERT INTO widened VALUES (1)`.execute(connection);
      const all = () =>
        connection
          .selectFrom('widened' as never)
          .selectAll()
          .execute();
      for (let i = 0; i < 4; i++) expect(await all()).toEqual([{ a: 1 }]);
      await sql`ALTER TABLE widened ADD COLUMN b int DEFAULT 2`.execute(connection);
      expect(await all()).toEqual([{ a: 1, b: 2 }]);
      for (let i = 0; i < 4; i++) expect(await all()).toEqual([{ a: 1, b: 2 }]);
    });
  });
});
