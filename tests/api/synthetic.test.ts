import { type Database, generateSyntheticDirectory } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { expiredPeople } from '../../apps/api/src/features/privacy/repository';
import { createTestDatabase } from '../helpers/test-database';

const opened: Database[] = [];
afterAll(async () => {
  for (const database of opened) await database.close();
});

async function grown(seed: number, retentionCutoff?: string) {
  const database = await createTestDatabase();
  opened.push(database);
  const summary = await generateSyntheticDirectory(database.db, {
    people: 2000,
    seed,
    ...(retentionCutoff && { retentionCutoff }),
  });
  const names = await database.db
    .selectFrom('people')
    .select(['given_name', 'family_name'])
    .where('email', 'like', '%@synt.example')
    .orderBy('email')
    .execute();
  return { database, summary, names: names.map((n) => `${n.given_name} ${n.family_name}`) };
}

describe('the synthetic directory generator', () => {
  it('grows the demo network with realistic, skewed Swedish names, deterministically', async () => {
    const first = await grown(7);
    expect(first.summary.people).toBe(2000);
    expect(first.summary.assignments).toBeGreaterThan(2000);

    const again = await grown(7);
    expect(again.names).toEqual(first.names);

    const counts = new Map<string, number>();
    for (const name of first.names) {
      const family = name.split(' ').slice(1).join(' ');
      counts.set(family, (counts.get(family) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('Andersson');
    expect(first.names.some((n) => /[åäöÅÄÖéü]/.test(n))).toBe(true);
    expect(first.names.some((n) => /\S-\S/.test(n.split(' ').slice(1).join(' ')))).toBe(true);

    // Organisations nest at least three deep: municipality or division → department → unit.
    const { rows } = await sql<{ depth: number }>`
      WITH RECURSIVE tree AS (
        SELECT id, 1 AS depth FROM organisations WHERE parent_id IS NULL
        UNION ALL
        SELECT o.id, t.depth + 1 FROM organisations o JOIN tree t ON o.parent_id = t.id
      )
      SELECT max(depth) AS depth FROM tree`.execute(first.database.db);
    expect(rows[0]?.depth).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('leaves nobody for the retention job when given its cutoff, and keeps the recent former holders', async () => {
    const cutoff = '2024-12-05';
    // The synthetic people the job would erase (the demo network has former holders of its own).
    const expiredIn = async (database: Database) => {
      const synthetic = await database.db
        .selectFrom('people')
        .select('id')
        .where('email', 'like', '%@synt.example')
        .execute();
      const ids = new Set(synthetic.map((p) => p.id));
      return (await expiredPeople(database.db, cutoff)).filter((id) => ids.has(id));
    };
    const unkept = await grown(7);
    expect((await expiredIn(unkept.database)).length).toBeGreaterThan(0);

    const kept = await grown(7, cutoff);
    expect(kept.names).toEqual(unkept.names);
    expect(await expiredIn(kept.database)).toEqual([]);
    // People who hold nothing now but left after the cutoff keep their history.
    const { rows } = await sql<{ former: number }>`
      SELECT count(*)::int AS former FROM (
        SELECT person_id FROM assignments GROUP BY person_id
        HAVING bool_and(valid_to IS NOT NULL) AND max(valid_to) >= ${cutoff}::date) f`.execute(
      kept.database.db,
    );
    expect(rows[0]?.former).toBeGreaterThan(0);
  }, 120_000);
});
