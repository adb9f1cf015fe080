import type { DB } from '@nk/db';
import type { CreatePostBody, FieldError, Post, UpdatePostBody } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { todayInSweden } from '../../lib/dates';
import { updateIfVersion } from '../../lib/versioned-update';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';
import { toPost, toPostRecord } from './service';

const columnsOf = (body: UpdatePostBody) => ({
  ...(body.roleId !== undefined && { role_id: body.roleId }),
  ...(body.organisationId !== undefined && { organisation_id: body.organisationId }),
  ...(body.networkId !== undefined && { network_id: body.networkId }),
  ...(body.title !== undefined && { title: body.title === null ? null : body.title.trim() }),
  ...(body.functionalEmail !== undefined && { functional_email: body.functionalEmail }),
  ...(body.functionalPhone !== undefined && { functional_phone: body.functionalPhone }),
  ...(body.required !== undefined && { required: body.required }),
  ...(body.note !== undefined && { note: body.note }),
});

/** The post as of today, read inside the transaction that changed it. */
async function reload(trx: Transaction<DB>, id: string) {
  const row = await repository.findPost(trx, id, todayInSweden());
  if (!row) throw notFound('The post');
  return row;
}

const referenceNames = { role: 'role', organisation: 'organisation', network: 'network' } as const;

/** 422 with one field error per role, organisation or network that is missing or archived. */
async function assertReferencesUsable(
  trx: Transaction<DB>,
  refs: { roleId?: string; organisationId?: string; networkId?: string | null },
) {
  const states = await repository.referenceStates(trx, refs);
  const errors: FieldError[] = [];
  const problems: string[] = [];
  for (const key of ['role', 'organisation', 'network'] as const) {
    const state = states[key];
    if (state === 'missing' || state === 'archived') {
      const message = state === 'missing' ? 'does not exist' : 'is archived';
      errors.push({ field: `body.${key}Id`, message });
      problems.push(`the ${referenceNames[key]} ${message}`);
    }
  }
  if (errors.length > 0) {
    const sentence = problems.join(', and ');
    throw new AppError(
      'UNPROCESSABLE',
      `The post cannot refer to that: ${sentence}. Choose an active one.`,
      { errors },
    );
  }
}

/** A new post: an editor may only create one in an organisation within its scope. */
export async function createPost(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreatePostBody,
  actor: ActorContext,
): Promise<Post> {
  assertCanWrite(request, access, [body.organisationId]);
  return db.transaction().execute(async (trx) => {
    await assertReferencesUsable(trx, body);
    const id = await repository.insertPost(trx, {
      ...columnsOf(body),
      role_id: body.roleId,
      organisation_id: body.organisationId,
    });
    const row = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'post.created',
      entityType: 'post',
      entityId: id,
      after: toPostRecord(row),
    });
    return toPost(access, row);
  });
}

/**
 * Changes the fields sent, if the client read the current version; `archivedAt: null` restores.
 * Moving a post to another organisation needs write access to both.
 */
export async function updatePost(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdatePostBody,
  actor: ActorContext,
): Promise<Post> {
  return db.transaction().execute(async (trx) => {
    const stored = await repository.lockPost(trx, id);
    if (!stored) throw notFound('The post');
    const moving =
      body.organisationId !== undefined && body.organisationId !== stored.organisation_id;
    assertCanWrite(
      request,
      access,
      moving ? [stored.organisation_id, body.organisationId ?? null] : [stored.organisation_id],
    );
    const beforeRow = await reload(trx, id);
    if (stored.version !== expectedVersion) {
      throw staleVersion(stored.version, toPost(access, beforeRow));
    }
    await assertReferencesUsable(trx, {
      roleId: body.roleId !== beforeRow.role_id ? body.roleId : undefined,
      organisationId: moving ? body.organisationId : undefined,
      networkId: body.networkId !== beforeRow.network_id ? body.networkId : undefined,
    });
    const values = { ...columnsOf(body), ...(body.archivedAt === null && { archived_at: null }) };
    const updated = await updateIfVersion(trx, 'posts', id, expectedVersion, values);
    if (!updated) throw staleVersion(stored.version, toPost(access, beforeRow));
    const afterRow = await reload(trx, id);
    const before = toPostRecord(beforeRow);
    await appendAuditEvent(trx, actor, {
      action: body.archivedAt === null && before.archivedAt ? 'post.restored' : 'post.updated',
      entityType: 'post',
      entityId: id,
      before,
      after: toPostRecord(afterRow),
    });
    return toPost(access, afterRow);
  });
}

/** DELETE archives: the post and its history stay, and PATCH `archivedAt: null` brings it back. */
export async function archivePost(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<Post> {
  return db.transaction().execute(async (trx) => {
    const stored = await repository.lockPost(trx, id);
    if (!stored) throw notFound('The post');
    assertCanWrite(request, access, [stored.organisation_id]);
    const beforeRow = await reload(trx, id);
    if (stored.version !== expectedVersion) {
      throw staleVersion(stored.version, toPost(access, beforeRow));
    }
    if (stored.archived_at) return toPost(access, beforeRow);
    await updateIfVersion(trx, 'posts', id, expectedVersion, { archived_at: new Date() });
    const afterRow = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'post.archived',
      entityType: 'post',
      entityId: id,
      before: toPostRecord(beforeRow),
      after: toPostRecord(afterRow),
    });
    return toPost(access, afterRow);
  });
}
