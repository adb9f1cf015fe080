import type { DB } from '@nk/db';
import type { AssignmentKind } from '@nk/shared';
import { type Kysely, sql } from 'kysely';
import { current, peopleFilters, type Scope } from '../search/repository';

/*
 * The SQL of exports. The filters are search's own (`peopleFilters`); only the cap differs, as an
 * export wants every match rather than the best hundred.
 */

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
    WHERE ${peopleFilters(scope)} AND (${ids === undefined} OR p.id = ANY(${ids ?? []}::uuid[]))
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
