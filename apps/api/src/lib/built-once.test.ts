import { type DB, postgresDialectWith } from '@nk/db';
import { type CompiledQuery, DummyDriver, Kysely, sql } from 'kysely';
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
  return new Kysely<DB>({ dialect: postgresDialectWith(new RecordingDriver()) });
}

interface Sent {
  sql: string;
  parameters: unknown[];
}

describe('builtOnce', () => {
  it('builds once and sends each call its own values among the constants, on any handle', async () => {
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

    // Another handle (a transaction is one) gets the same statement, not a new build.
    const [third] = (await people(recordingDb(), 'Eklund', '2026-12-04')) as unknown as Sent[];
    expect(builds).toBe(1);
    expect(third?.sql).toBe(first?.sql);
    expect(third?.parameters).toEqual(['Eklund', false, '2026-12-04', '2026-12-04']);
  });

  it('sends values of any kind as they are: numbers, lists, dates, null', async () => {
    const update = builtOnce((db, id: string, version: number, ...values: unknown[]) =>
      db
        .updateTable('people')
        .set({ languages: values[0] as string[], archived_at: values[1] as Date | null })
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id'),
    );
    const at = new Date('2026-12-05T10:00:00Z');
    const [sent] = (await update(recordingDb(), 'p1', 3, ['sv', 'en'], at)) as unknown as Sent[];
    expect(sent?.parameters).toEqual([['sv', 'en'], at, 'p1', 3]);
    const [again] = (await update(recordingDb(), 'p2', 4, [], null)) as unknown as Sent[];
    expect(again?.parameters).toEqual([[], null, 'p2', 4]);
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
