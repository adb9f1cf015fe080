import { type Database, generateSyntheticDirectory } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-database';

const opened: Database[] = [];
afterAll(async () => {
  for (const database of opened) await database.close();
});

async function grown(seed: number) {
  const database = await createTestDatabase();
  opened.push(database);
  const summary = await generateSyntheticDirectory(database.db, { people: 2000, seed });
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
});
