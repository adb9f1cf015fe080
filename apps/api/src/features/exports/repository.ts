import type { DB } from '@nk/db';
import type { AssignmentKind } from '@nk/shared';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Scope } from '../search/repository';

/*
 * The SQL of exports. The filters mean what they mean in search (`peopleFilters` in
 * features/search/repository.ts): the same Scope, resolved by the same helpers; only the cap
 * differs, as an export wants every match rather than the best hundred.
 */

const current = (alias: string, asOf: string, former: boolean) =>
  former
    ? sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${asOf}::date`
    : sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${asOf}::date
        AND (${sql.ref(`${alias}.valid_to`)} IS NULL OR ${sql.ref(`${alias}.valid_to`)} >= ${asOf}::date)`;

function peopleFilters(scope: Scope, ids: string[] | undefined): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql`p.erased_at IS NULL`];
  if (!scope.former) parts.push(sql`p.archived_at IS NULL`);
  if (!scope.isAdmin) parts.push(sql`NOT p.protected`);
  if (ids) parts.push(sql`p.id = ANY(${ids}::uuid[])`);
  const holds = (condition: RawBuilder<boolean>) => sql<boolean>`EXISTS (
    SELECT 1 FROM assignments a JOIN posts po ON po.id = a.post_id
    WHERE a.person_id = p.id AND ${current('a', scope.asOf, scope.former)} AND ${condition})`;
  if (scope.role) parts.push(holds(sql`po.role_id = ${scope.role}`));
  if (scope.organisations) {
    parts.push(sql`(p.organisation_id = ANY(${scope.organisations}::uuid[])
      OR ${holds(sql`po.organisation_id = ANY(${scope.organisations}::uuid[])`)})`);
  }
  if (scope.networks) parts.push(holds(sql`po.network_id = ANY(${scope.networks}::uuid[])`));
  if (scope.topic) {
    parts.push(sql`EXISTS (SELECT 1 FROM person_topics pt
      WHERE pt.person_id = p.id AND pt.topic_id = ${scope.topic})`);
  }
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}

/**
 * Ids of the people the filters select (optionally only among `ids`), in Swedish name order,
 * at most `limit` of them.
 */
export async function peopleMatching(
  db: Kysely<DB>,
  scope: Scope,
  ids: string[] | undefined,
  limit: number,
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT p.id FROM people p
    WHERE ${peopleFilters(scope, ids)}
    ORDER BY p.sort_key, p.id
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

export interface ContactPostRow {
  person_id: string;
  kind: AssignmentKind;
  valid_from: string;
  valid_to: string | null;
  role_name: string;
  organisation_name: string;
  network_name: string | null;
}

/** The posts these people hold on the date (holders, then interims, then deputies). */
export async function currentPostsOf(
  db: Kysely<DB>,
  personIds: string[],
  asOf: string,
): Promise<ContactPostRow[]> {
  if (personIds.length === 0) return [];
  const { rows } = await sql<ContactPostRow>`
    SELECT a.person_id, a.kind, to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from,
      to_char(a.valid_to, 'YYYY-MM-DD') AS valid_to, r.name_sv AS role_name,
      o.name AS organisation_name, n.name AS network_name
    FROM assignments a
    JOIN posts po ON po.id = a.post_id AND po.archived_at IS NULL
    JOIN roles r ON r.id = po.role_id
    JOIN organisations o ON o.id = po.organisation_id
    LEFT JOIN networks n ON n.id = po.network_id
    WHERE a.person_id = ANY(${personIds}::uuid[]) AND ${current('a', asOf, false)}
    ORDER BY CASE a.kind WHEN 'holder' THEN 0 WHEN 'interim' THEN 1 ELSE 2 END,
      a.valid_from, r.sort_key, a.id`.execute(db);
  return rows;
}
