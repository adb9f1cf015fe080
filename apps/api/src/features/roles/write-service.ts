import type { DB } from '@nk/db';
import type {
  CreateRoleBody,
  CreateRoleCounterpartBody,
  Role,
  RoleCounterpart,
  UpdateRoleBody,
} from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertAdmin } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { updateIfVersion } from '../../lib/versioned-update';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';
import { seenFrom, toCounterpartPair, toRole } from './service';

/** Trimmed, without repeats (case matters: "nvk" and "NVK" are both kept). */
const cleanSynonyms = (synonyms: string[]) => [...new Set(synonyms.map((s) => s.trim()))];

const columnsOf = (body: Partial<CreateRoleBody>) => ({
  ...(body.key !== undefined && { key: body.key }),
  ...(body.nameSv !== undefined && { name_sv: body.nameSv.trim() }),
  ...(body.nameEn !== undefined && { name_en: body.nameEn.trim() }),
  ...(body.descriptionSv !== undefined && { description_sv: body.descriptionSv }),
  ...(body.descriptionEn !== undefined && { description_en: body.descriptionEn }),
  ...(body.synonyms !== undefined && { synonyms: cleanSynonyms(body.synonyms) }),
});

async function reload(trx: Transaction<DB>, id: string): Promise<Role> {
  const row = await repository.findRole(trx, id);
  if (!row) throw notFound('The role');
  return toRole(row);
}

/** A readable 409 before the unique index would give a generic one. */
async function assertKeyFree(trx: Transaction<DB>, key: string | undefined, exceptId?: string) {
  if (key !== undefined && (await repository.roleIdWithKey(trx, key, exceptId))) {
    throw new AppError('DUPLICATE', `Another role already has the key “${key}”.`, {
      errors: [{ field: 'body.key', message: 'is already used by another role' }],
    });
  }
}

/** A new role; roles belong to no organisation, so only administrators add them. */
export async function createRole(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreateRoleBody,
  actor: ActorContext,
): Promise<Role> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    await assertKeyFree(trx, body.key);
    const id = await repository.insertRole(trx, {
      ...columnsOf(body),
      key: body.key,
      name_sv: body.nameSv.trim(),
      name_en: body.nameEn.trim(),
    });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'role.created',
      entityType: 'role',
      entityId: id,
      after,
    });
    return after;
  });
}

/** Changes the fields sent (`synonyms` replaces the list); may restore an archived role. */
export async function updateRole(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdateRoleBody,
  actor: ActorContext,
): Promise<Role> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    const stored = await repository.findRoleForUpdate(trx, id);
    if (!stored) throw notFound('The role');
    const before = toRole(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    await assertKeyFree(trx, body.key, id);
    const values = { ...columnsOf(body), ...(body.archivedAt === null && { archived_at: null }) };
    const updated = await updateIfVersion(trx, 'roles', id, expectedVersion, values);
    if (!updated) throw staleVersion(stored.version, before);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: body.archivedAt === null && before.archivedAt ? 'role.restored' : 'role.updated',
      entityType: 'role',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** DELETE archives: posts keep their role, and PATCH `archivedAt: null` restores it. */
export async function archiveRole(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<Role> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    const stored = await repository.findRoleForUpdate(trx, id);
    if (!stored) throw notFound('The role');
    const before = toRole(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    if (stored.archived_at) return before;
    await updateIfVersion(trx, 'roles', id, expectedVersion, { archived_at: new Date() });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'role.archived',
      entityType: 'role',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Pairs role `id` with `body.roleId` (possibly itself). A pair is stored once, so the same two
 * roles in the other order are a duplicate too.
 */
export async function addCounterpart(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  body: CreateRoleCounterpartBody,
  actor: ActorContext,
): Promise<{ counterpart: RoleCounterpart; version: number }> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    const role = await repository.findRoleForUpdate(trx, id);
    if (!role) throw notFound('The role');
    const other = body.roleId === id ? role : await repository.findRole(trx, body.roleId);
    if (!other) {
      throw new AppError('UNPROCESSABLE', 'The counterpart role does not exist.', {
        errors: [{ field: 'body.roleId', message: 'does not exist' }],
      });
    }
    if (role.archived_at || other.archived_at) {
      throw new AppError('UNPROCESSABLE', 'An archived role cannot get new counterparts.', {
        errors: [
          {
            field: role.archived_at ? 'params.id' : 'body.roleId',
            message: 'is an archived role',
          },
        ],
      });
    }
    if (await repository.counterpartPairIdBetween(trx, id, other.id)) {
      const detail =
        other.id === id
          ? `${role.name_sv} is already paired with itself.`
          : `${role.name_sv} and ${other.name_sv} are already counterparts.`;
      throw new AppError('DUPLICATE', detail, {
        errors: [{ field: 'body.roleId', message: 'is already a counterpart of this role' }],
      });
    }
    const pairId = await repository.insertCounterpartPair(trx, {
      role_a_id: id,
      role_b_id: other.id,
      description_sv: body.descriptionSv ?? null,
      description_en: body.descriptionEn ?? null,
    });
    const row = await repository.findCounterpartPair(trx, pairId);
    if (!row) throw notFound('The counterpart pair');
    const after = toCounterpartPair(row);
    await appendAuditEvent(trx, actor, {
      action: 'role_counterpart.created',
      entityType: 'role_counterpart',
      entityId: pairId,
      after,
    });
    return { counterpart: seenFrom(after, id), version: row.version };
  });
}

/**
 * Removes a pair for real (there is nothing to archive: it only links two roles); the audit
 * event keeps the pair in `before`, so the removal can be explained and undone by hand.
 */
export async function removeCounterpart(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  pairId: string,
  actor: ActorContext,
): Promise<void> {
  assertAdmin(request, access);
  await db.transaction().execute(async (trx) => {
    const row = await repository.findCounterpartPair(trx, pairId);
    if (!row || (row.a_id !== id && row.b_id !== id)) throw notFound('The counterpart pair');
    // Someone may have removed it between the read and now: then there is nothing to audit.
    if (!(await repository.deleteCounterpartPair(trx, pairId))) {
      throw notFound('The counterpart pair');
    }
    await appendAuditEvent(trx, actor, {
      action: 'role_counterpart.deleted',
      entityType: 'role_counterpart',
      entityId: pairId,
      before: toCounterpartPair(row),
    });
  });
}
