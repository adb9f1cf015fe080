import type { DB } from '@nk/db';
import type { CreateTopicBody, Topic, UpdateTopicBody } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertAdmin } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { updateIfVersion } from '../../lib/versioned-update';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';
import { toTopic } from './service';

const columnsOf = (body: Partial<CreateTopicBody>) => ({
  ...(body.key !== undefined && { key: body.key }),
  ...(body.kind !== undefined && { kind: body.kind }),
  ...(body.nameSv !== undefined && { name_sv: body.nameSv.trim() }),
  ...(body.nameEn !== undefined && { name_en: body.nameEn.trim() }),
  ...(body.descriptionSv !== undefined && { description_sv: body.descriptionSv }),
  ...(body.descriptionEn !== undefined && { description_en: body.descriptionEn }),
});

async function reload(trx: Transaction<DB>, id: string): Promise<Topic> {
  const row = await repository.findTopic(trx, id);
  if (!row) throw notFound('The topic');
  return toTopic(row);
}

/** A readable 409 before the unique index would give a generic one. */
async function assertKeyFree(trx: Transaction<DB>, key: string | undefined, exceptId?: string) {
  if (key !== undefined && (await repository.topicIdWithKey(trx, key, exceptId))) {
    throw new AppError('DUPLICATE', `Another topic already has the key “${key}”.`, {
      errors: [{ field: 'body.key', message: 'is already used by another topic' }],
    });
  }
}

/** A new topic; topics belong to no organisation, so only administrators add them. */
export async function createTopic(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreateTopicBody,
  actor: ActorContext,
): Promise<Topic> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    await assertKeyFree(trx, body.key);
    const id = await repository.insertTopic(trx, {
      ...columnsOf(body),
      key: body.key,
      name_sv: body.nameSv.trim(),
      name_en: body.nameEn.trim(),
    });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'topic.created',
      entityType: 'topic',
      entityId: id,
      after,
    });
    return after;
  });
}

/** Changes the fields sent, if the client read the current version; may restore an archived one. */
export async function updateTopic(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdateTopicBody,
  actor: ActorContext,
): Promise<Topic> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    const stored = await repository.findTopicForUpdate(trx, id);
    if (!stored) throw notFound('The topic');
    const before = toTopic(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    await assertKeyFree(trx, body.key, id);
    const values = { ...columnsOf(body), ...(body.archivedAt === null && { archived_at: null }) };
    const updated = await updateIfVersion(trx, 'topics', id, expectedVersion, values);
    if (!updated) throw staleVersion(stored.version, before);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: body.archivedAt === null && before.archivedAt ? 'topic.restored' : 'topic.updated',
      entityType: 'topic',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** DELETE archives: people and networks keep the topic, and PATCH `archivedAt: null` restores it. */
export async function archiveTopic(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<Topic> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    const stored = await repository.findTopicForUpdate(trx, id);
    if (!stored) throw notFound('The topic');
    const before = toTopic(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    if (stored.archived_at) return before;
    await updateIfVersion(trx, 'topics', id, expectedVersion, { archived_at: new Date() });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'topic.archived',
      entityType: 'topic',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
