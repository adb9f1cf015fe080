import type { DB } from '@nk/db';
import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { builtOnce } from './built-once';

/** A handle whose every statement answers one row: what was sent. */
function recordingDb() {
  class RecordingDriver extends DummyDriver {
    override async acquireConnection() {
      return {
        executeQuery: async (query: CompiledQuery) => ({
          rows: [{ sql: query.sql, parameters: query.parameters }],
        }),
        streamQuery: async function* () {},
      } as never;
    }
  }
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new RecordingDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

interface Sent {
  sql: string;
  parameters: unknown[];
}

describe('builtOnce', () => {
  it('builds once per handle and sends each call its own values among the constants', async () => {
    let builds = 0;
    const people = builtOnce((db, family: string, asOf: string) => {
      builds += 1;
      return db
        .selectFrom('people')
        .select('id')
        .where('family_name', '=', family)
        .where('protected', '=', false)
        .where(sql<boolean>`${asOf}::date <= ${asOf}::date + 1`);
    });
    const db = recordingDb();
    const [first] = (await people(db, 'Sjöqvist', '2026-12-01')) as unknown as Sent[];
    const [second] = (await people(db, 'Öberg', '2026-12-04')) as unknown as Sent[];
    expect(builds).toBe(1);
    expect(second?.sql).toBe(first?.sql);
    expect(first?.parameters).toEqual(['Sjöqvist', false, '2026-12-01', '2026-12-01']);
    expect(second?.parameters).toEqual(['Öberg', false, '2026-12-04', '2026-12-04']);

    await people(recordingDb(), 'Eklund', '2026-12-04');
    expect(builds).toBe(2);
  });

  it('refuses a value that is not a parameter of its own', async () => {
    const inText = builtOnce((db, column: string) =>
      db.selectFrom('people').select(sql.ref(column).as('x')),
    );
    await expect(inText(recordingDb(), 'email')).rejects.toThrow(/value 0 is not a parameter/);
    const inPart = builtOnce((db, family: string) =>
      db.selectFrom('people').select('id').where('family_name', 'like', `${family}%`),
    );
    await expect(inPart(recordingDb(), 'Sjö')).rejects.toThrow(/became part of a parameter/);
  });
});
