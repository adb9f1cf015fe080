import type { Database } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateLimit, postsOf } from '../../apps/api/src/features/search/repository';
import { currentCatalogue } from '../../apps/api/src/lib/catalogue';
import { createTestDatabase } from '../helpers/test-database';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Byte-wise, as PostgreSQL's "C" collation compares. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe("a role's posts as search candidates", () => {
  it('keeps the first posts in Swedish order of their organisations when there are more', async () => {
    const { db } = database;
    const { rows: roles } = await sql<{ id: string }>`
      SELECT id FROM roles WHERE archived_at IS NULL ORDER BY sort_key LIMIT 1`.execute(db);
    const role = roles[0]?.id as string;
    // Six more posts of the role in every organisation: well over a page of candidates.
    await sql`INSERT INTO posts (role_id, organisation_id)
      SELECT ${role}, o.id FROM organisations o, generate_series(1, 6)
      WHERE o.archived_at IS NULL`.execute(db);
    const { rows: all } = await sql<{ id: string; organisation_key: string }>`
      SELECT po.id, o.sort_key AS organisation_key
      FROM posts po JOIN organisations o ON o.id = po.organisation_id
      WHERE po.role_id = ${role} AND po.archived_at IS NULL`.execute(db);
    expect(all.length).toBeGreaterThan(candidateLimit);
    const expected = all
      .sort((a, b) => byBytes(a.organisation_key, b.organisation_key) || byBytes(a.id, b.id))
      .slice(0, candidateLimit)
      .map((post) => post.id);

    const catalogue = await currentCatalogue(db);
    const scope = { asOf: '2026-01-01', former: false, isAdmin: true, inside: [] };
    const kept = await postsOf(db, catalogue, [role], [], scope);
    expect(kept.map((post) => post.id)).toEqual(expected);
  });
});
