import type { DB } from '@nk/db';
import type { ListSuggestionsQuery, Suggestion, UserRef } from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import * as repository from './repository';

const userRef = (id: string, displayName: string | null, email: string): UserRef => ({
  id,
  displayName,
  email,
});

export function toSuggestion(row: repository.SuggestionRow): Suggestion {
  return {
    id: row.id,
    targetType: row.entity_type,
    targetId: row.entity_id,
    targetName: row.target_name,
    field: row.field,
    message: row.message,
    status: row.status,
    organisation: {
      id: row.organisation_id,
      name: row.organisation_name,
      shortName: row.organisation_short_name,
      kind: row.organisation_kind,
    },
    createdBy: userRef(row.created_by, row.created_by_name, row.created_by_email),
    createdAt: row.created_at.toISOString(),
    resolvedBy:
      row.resolved_by && row.resolved_by_email
        ? userRef(row.resolved_by, row.resolved_by_name, row.resolved_by_email)
        : null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolutionNote: row.resolution_note,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/**
 * Who may read a suggestion: administrators all; stewards those about targets their scope owns;
 * everyone their own. Reports about a protected person are for administrators only.
 */
export function canSeeSuggestion(
  access: Access,
  row: Pick<repository.SuggestionRow, 'created_by' | 'organisation_id' | 'target_protected'>,
): boolean {
  if (access.isAdmin) return true;
  if (row.target_protected) return false;
  return row.created_by === access.user.id || access.stewardOf.has(row.organisation_id);
}

export async function listSuggestions(db: Kysely<DB>, access: Access, query: ListSuggestionsQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listSuggestions(db, {
    visibleTo: access.isAdmin ? null : { userId: access.user.id, stewardOf: [...access.stewardOf] },
    status: query.status,
    organisation: query.organisation,
    targetType: query.targetType,
    target: query.target,
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.created_key, row.id],
  );
  return { items: page.items.map(toSuggestion), nextCursor: page.nextCursor };
}

/** One suggestion; 404 also when the caller may not see it. */
export async function getSuggestion(
  db: Kysely<DB>,
  access: Access,
  id: string,
): Promise<Suggestion> {
  const row = await repository.findSuggestion(db, id);
  if (!row || !canSeeSuggestion(access, row)) throw notFound('The suggestion');
  return toSuggestion(row);
}
