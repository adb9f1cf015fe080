import type { Database, DB } from '@nk/db';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  heldPostsAndTopicsQuery,
  nameWordsQuery,
  peopleFilters,
  startsWith,
} from '../../apps/api/src/features/search/repository';
import { createTestDatabase } from '../helpers/test-database';

/**
 * Search's statements run as named statements, and PostgreSQL may keep one generic plan for a
 * named statement, made without its values. A prefix must still be read as a range of its index
 * then: a generic plan of `LIKE $1` walks the whole index, a second at a million people.
 */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/**
 * The nodes of a generic plan of `query`, one string of each node's type, index and condition;
 * `settings` (such as `enable_seqscan = off`) hold while it is planned.
 */
async function genericPlan(
  db: Kysely<DB>,
  query: RawBuilder<unknown>,
  settings: string[] = [],
): Promise<string[]> {
  const { sql: text, parameters } = query.compile(db);
  const literal = (p: unknown) => (Array.isArray(p) ? `{${p.join(',')}}` : String(p));
  const values = parameters.map((p) => `'${literal(p).replaceAll("'", "''")}'`).join(', ');
  return db.connection().execute(async (connection) => {
    await sql`SET plan_cache_mode = force_generic_plan`.execute(connection);
    for (const setting of settings) await sql.raw(`SET ${setting}`).execute(connection);
    await sql.raw(`PREPARE probe AS ${text}`).execute(connection);
    try {
      const { rows } = await sql
        .raw<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) EXECUTE probe(${values})`)
        .execute(connection);
      const plan = rows[0]?.['QUERY PLAN'];
      const [top] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }];
      return nodes(top.Plan);
    } finally {
      await sql`DEALLOCATE probe`.execute(connection);
      await sql`RESET ALL`.execute(connection);
    }
  });
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

const nodes = (node: PlanNode): string[] => [
  `${node['Node Type']} ${node['Index Name'] ?? ''} ${node['Index Cond'] ?? ''} ${node.Filter ?? ''}`.trim(),
  ...(node.Plans ?? []).flatMap(nodes),
];

describe('prefixes in a generic plan', () => {
  it('reads a name prefix as a range of the name index', async () => {
    const plan = await genericPlan(
      database.db,
      sql`SELECT p.id FROM people p WHERE ${startsWith(sql`p.search_family`, 'sjö')}
        ORDER BY p.search_family, p.id LIMIT 5`,
    );
    expect(plan.join('\n')).toMatch(/people_search_family_prefix_idx \(*search_family >=/);
  });

  it('reads an e-mail prefix as a range of the pattern index', async () => {
    const plan = await genericPlan(
      database.db,
      sql`SELECT p.id FROM people p WHERE ${startsWith(sql`lower(p.email)`, 'anna.', true)}`,
    );
    expect(plan.join('\n')).toMatch(/people_email_prefix_idx \(*lower\(email\) ~>=~/);
  });

  it('finds exactly the texts a LIKE prefix finds', async () => {
    // `search_name` is folded: lower-case ASCII, hyphens kept.
    const prefixes = ['sjo', 'anna', 'nystrom-', 'k', 'karl ', 'zz', '%', '_'];
    let found = 0;
    for (const prefix of prefixes) {
      const { rows: ranged } = await sql<{ id: string }>`SELECT p.id FROM people p
        WHERE ${startsWith(sql`p.search_name`, prefix)} ORDER BY p.id`.execute(database.db);
      const { rows: liked } = await sql<{ id: string }>`SELECT p.id FROM people p
        WHERE starts_with(p.search_name, ${prefix}) ORDER BY p.id`.execute(database.db);
      expect(ranged, prefix).toEqual(liked);
      found += ranged.length;
    }
    expect(found).toBeGreaterThan(5);
  });
});

describe('what people hold, from indexes alone', () => {
  // The test directory is small enough to read whole; without that way out, and with the rows
  // marked all-visible as autovacuum leaves them, the plan shows whether the indexes cover it.
  const indexOnly = ['enable_seqscan = off', 'enable_bitmapscan = off'];
  const someone = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    await sql`VACUUM ANALYZE assignments, posts`.execute(database.db);
  });

  it("reads the candidates' posts without visiting assignments or posts", async () => {
    const plan = await genericPlan(
      database.db,
      heldPostsAndTopicsQuery([someone], '2026-01-01'),
      indexOnly,
    );
    expect(plan).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Index Only Scan assignments_person_idx/),
        expect.stringMatching(/^Index Only Scan posts_holding_idx/),
      ]),
    );
  });

  it('tests a filter on what someone holds the same way', async () => {
    const scope = { asOf: '2026-01-01', former: false, isAdmin: true, inside: [] };
    const plan = await genericPlan(
      database.db,
      sql`SELECT p.id FROM people p WHERE p.id = ${someone}::uuid AND ${peopleFilters({
        ...scope,
        role: someone,
        networks: [someone],
      })}`,
      indexOnly,
    );
    expect(plan).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Index Only Scan assignments_person_idx/),
        expect.stringMatching(/^Index Only Scan posts_holding_idx/),
      ]),
    );
  });
});

describe('an organisation filter', () => {
  it("tests people's organisations against a hash of the tree, not id by id", async () => {
    // A municipality's tree at a million people: 1,700 organisations.
    const tree = Array.from(
      { length: 1700 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const scope = { asOf: '2026-01-01', former: false, isAdmin: true, inside: [] };
    const plan = await genericPlan(
      database.db,
      sql`SELECT p.id FROM people p WHERE ${peopleFilters({ ...scope, organisations: tree })}`,
    );
    const filters = plan.join('\n');
    expect(filters.match(/hashed SubPlan/g)).toHaveLength(2);
    expect(filters).not.toMatch(/= ANY \(\$/);
  });
});

describe('near misses', () => {
  it('read the ranges of the nearest names from the name indexes alone', async () => {
    await sql`VACUUM ANALYZE people`.execute(database.db);
    const plan = await genericPlan(
      database.db,
      nameWordsQuery(
        [
          { word: 'ana', nearest: ['anna', 'ann'] },
          { word: 'sundbrg', nearest: ['sundberg', 'lundberg'] },
        ],
        { asOf: '2026-01-01', former: false, isAdmin: true, inside: [] },
        [],
      ),
      ['enable_seqscan = off'],
    );
    expect(plan.filter((node) => node.startsWith('Bitmap'))).toEqual([]);
    expect(plan).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Index Only Scan people_search_name_prefix_idx/),
        expect.stringMatching(/^Index Only Scan people_search_family_prefix_idx/),
      ]),
    );
  });
});
