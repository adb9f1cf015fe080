import type { DB } from '@nk/db';
import { type Kysely, type RawBuilder, sql } from 'kysely';

/** Which people a section looks at: those of these organisations (null: all), visible ones only. */
export interface PeopleScope {
  organisations: string[] | null;
  includeProtected: boolean;
}

export interface ReviewPersonRow {
  id: string;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  organisation_id: string;
  organisation_name: string;
  last_verified_at: Date | null;
  version: number;
  search_name: string;
}

function inScope(scope: PeopleScope): RawBuilder<boolean> {
  const parts = [sql<boolean>`p.archived_at IS NULL AND p.erased_at IS NULL`];
  if (!scope.includeProtected) parts.push(sql<boolean>`NOT p.protected`);
  if (scope.organisations) {
    parts.push(sql<boolean>`p.organisation_id = ANY(${scope.organisations}::uuid[])`);
  }
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}

const columns = sql`p.id, p.given_name, p.family_name, p.email, p.phone, p.mobile,
  p.organisation_id, o.name AS organisation_name, p.last_verified_at, p.version, p.search_name`;

/** The people matching `condition`, oldest confirmation first, and how many there are. */
async function peopleWhere(
  db: Kysely<DB>,
  scope: PeopleScope,
  condition: RawBuilder<boolean>,
  limit: number,
): Promise<{ count: number; rows: ReviewPersonRow[] }> {
  const { rows } = await sql<ReviewPersonRow & { total: string }>`
    SELECT ${columns}, count(*) OVER () AS total
    FROM people p JOIN organisations o ON o.id = p.organisation_id
    WHERE ${inScope(scope)} AND ${condition}
    ORDER BY p.last_verified_at NULLS FIRST, p.sort_key, p.id
    LIMIT ${limit}`.execute(db);
  return { count: Number(rows[0]?.total ?? 0), rows };
}

export const unverifiedPeople = (db: Kysely<DB>, scope: PeopleScope, limit: number) =>
  peopleWhere(
    db,
    scope,
    sql<boolean>`(p.last_verified_at IS NULL OR p.last_verified_at < now() - interval '12 months')`,
    limit,
  );

export const peopleWithoutContact = (db: Kysely<DB>, scope: PeopleScope, limit: number) =>
  peopleWhere(
    db,
    scope,
    sql<boolean>`(p.email IS NULL OR (p.phone IS NULL AND p.mobile IS NULL))`,
    limit,
  );

/** People of one organisation who share a folded name: probably one person entered twice. */
export async function duplicateGroups(
  db: Kysely<DB>,
  scope: PeopleScope,
  limit: number,
): Promise<{ count: number; groups: ReviewPersonRow[][] }> {
  const { rows } = await sql<ReviewPersonRow & { total: string }>`
    WITH twins AS (
      SELECT p.organisation_id, p.search_name, count(*) OVER () AS total
      FROM people p
      WHERE ${inScope(scope)}
      GROUP BY p.organisation_id, p.search_name
      HAVING count(*) > 1
      ORDER BY p.search_name, p.organisation_id
      LIMIT ${limit}
    )
    SELECT ${columns}, t.total
    FROM twins t
    JOIN people p ON p.organisation_id = t.organisation_id AND p.search_name = t.search_name
    JOIN organisations o ON o.id = p.organisation_id
    WHERE ${inScope(scope)}
    ORDER BY p.search_name, p.organisation_id, p.created_at, p.id`.execute(db);
  const groups = new Map<string, ReviewPersonRow[]>();
  for (const row of rows) {
    const key = `${row.organisation_id} ${row.search_name}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return { count: Number(rows[0]?.total ?? 0), groups: [...groups.values()] };
}

/** The organisations an editor was given (the roots of its scope). */
export async function scopeRoots(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_scopes')
    .select('organisation_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.organisation_id);
}
