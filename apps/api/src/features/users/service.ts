import type { DB } from '@nk/db';
import type { ListUsersQuery, User, UserStatus } from '@nk/shared';
import type { Kysely } from 'kysely';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import * as repository from './repository';

function statusOf(row: repository.UserRecord): UserStatus {
  if (row.disabled_at) return 'disabled';
  return row.has_password ? 'active' : 'invited';
}

/** The API's user: never a password hash or an invitation token hash (they are not selected). */
export function toUser(row: repository.UserRecord): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    personId: row.person_id,
    scopeOrganisationIds: row.role === 'editor' ? row.scope_organisation_ids : [],
    status: statusOf(row),
    invitationExpiresAt: row.invite_expires_at?.toISOString() ?? null,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export async function listUsers(db: Kysely<DB>, query: ListUsersQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listUsers(db, {
    role: query.role,
    q: query.q?.trim() || undefined,
    includeDisabled: query.include === 'disabled',
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.sort_key, row.id],
  );
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

export async function getUser(db: Kysely<DB>, id: string): Promise<User> {
  const row = await repository.findUser(db, id);
  if (!row) throw notFound('The user');
  return toUser(row);
}
