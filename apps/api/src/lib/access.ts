import type { DB } from '@nk/db';
import type { FastifyRequest } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { AuthUser } from '../plugins/auth';
import { AppError } from './app-error';
import { catalogueAt } from './catalogue';

/**
 * What the signed-in caller may read and change, worked out once per request:
 * - `stewardOf`: organisations an editor may change (its scope and their descendants);
 * - `inside`: organisations whose restricted contact fields the caller may read (the steward
 *   scope plus the caller's own employer and its descendants).
 * Admins may do everything, so their sets stay empty and `isAdmin` decides.
 */
export interface Access {
  user: AuthUser;
  isAdmin: boolean;
  stewardOf: ReadonlySet<string>;
  inside: ReadonlySet<string>;
  /**
   * What `inside` is made of (the steward scope's roots and the caller's own organisation), as a
   * key: callers with the same key are inside the same organisations, so they are shown the same
   * of everyone and an answer made for one may be given to the other. `admin` for admins.
   */
  insideKey: string;
}

/**
 * One statement per request: the caller's scope, own organisation and the catalogue's version.
 * The organisations below them come from the catalogue kept in memory (`catalogue.ts`), read
 * again only when the version has moved.
 */
export async function loadAccess(db: Kysely<DB>, user: AuthUser): Promise<Access> {
  if (user.role === 'admin') {
    return { user, isAdmin: true, stewardOf: new Set(), inside: new Set(), insideKey: 'admin' };
  }
  const { rows } = await sql<{ version: string; scopes: string[]; own: string | null }>`
    SELECT (SELECT version FROM catalogue_version) AS version,
      ARRAY(SELECT organisation_id FROM user_scopes
        WHERE user_id = ${user.id} AND ${user.role === 'editor'}) AS scopes,
      (SELECT organisation_id FROM people WHERE id = ${user.personId}::uuid) AS own`.execute(db);
  const { version, scopes, own } = rows[0] as (typeof rows)[number];
  const tree = await catalogueAt(db, Number(version));
  const stewardOf = tree.below(scopes);
  return {
    user,
    isAdmin: false,
    stewardOf,
    inside: own ? new Set([...stewardOf, ...tree.below([own])]) : stewardOf,
    insideKey: JSON.stringify([[...scopes].sort(), own]),
  };
}

const cache = new WeakMap<FastifyRequest, Promise<Access>>();

/** The caller's access, loaded at most once per request. */
export function accessOf(request: FastifyRequest): Promise<Access> {
  let access = cache.get(request);
  if (!access) {
    access = loadAccess(request.server.db, request.user);
    cache.set(request, access);
  }
  return access;
}

export function canWriteOrganisation(access: Access, organisationId: string | null): boolean {
  if (access.isAdmin) return true;
  return organisationId !== null && access.stewardOf.has(organisationId);
}

/**
 * The one authorisation check for writes: the caller must be able to change every organisation
 * the object belongs to, as stored *and* as requested (moving an object is a write on both).
 */
export function assertCanWrite(
  request: FastifyRequest,
  access: Access,
  organisationIds: readonly (string | null)[],
): void {
  if (
    access.user.role === 'viewer' ||
    !organisationIds.every((id) => canWriteOrganisation(access, id))
  ) {
    request.log.warn(
      { userId: access.user.id, role: access.user.role, organisationIds, url: request.url },
      'authorisation denied',
    );
    throw new AppError('FORBIDDEN', 'You may only change organisations in your scope.');
  }
}

export function assertAdmin(request: FastifyRequest, access: Access): void {
  if (!access.isAdmin) {
    request.log.warn({ userId: access.user.id, url: request.url }, 'authorisation denied');
    throw new AppError('FORBIDDEN', 'Only administrators may do this.');
  }
}

/**
 * A preHandler for routes whose objects belong to no organisation (the catalogue, users): only
 * administrators get past it, with 403 before anything else is looked at.
 */
export async function adminOnly(request: FastifyRequest): Promise<void> {
  assertAdmin(request, await accessOf(request));
}
