import type { DB } from '@nk/db';
import type { Assignment, ListAssignmentsQuery } from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import { canSeePerson } from '../../lib/person-visibility';
import * as repository from './repository';

type AssignmentFields = Pick<
  repository.AssignmentRow,
  | 'id'
  | 'post_id'
  | 'person_id'
  | 'kind'
  | 'valid_from'
  | 'valid_to'
  | 'note'
  | 'created_at'
  | 'updated_at'
  | 'version'
>;

export function toAssignment(row: AssignmentFields): Assignment {
  return {
    id: row.id,
    postId: row.post_id,
    personId: row.person_id,
    kind: row.kind,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** Assignments of people with a protected identity are listed for admins only. */
export async function listAssignments(db: Kysely<DB>, access: Access, query: ListAssignmentsQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listAssignments(db, {
    post: query.post,
    person: query.person,
    organisation: query.organisation,
    asOf: query.asOf,
    kind: query.kind,
    includeProtected: access.isAdmin,
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.valid_from, row.id],
  );
  return { items: page.items.map(toAssignment), nextCursor: page.nextCursor };
}

export async function getAssignment(
  db: Kysely<DB>,
  access: Access,
  id: string,
): Promise<Assignment> {
  const row = await repository.findAssignment(db, id);
  if (!row || !canSeePerson(access, row)) throw notFound('The assignment');
  return toAssignment(row);
}
