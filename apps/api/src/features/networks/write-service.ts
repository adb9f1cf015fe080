import type { DB } from '@nk/db';
import type { CreateNetworkBody, Network, UpdateNetworkBody } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertAdmin } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { updateIfVersion } from '../../lib/versioned-update';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';
import { toNetwork } from './service';

const columnsOf = (body: Partial<CreateNetworkBody>) => ({
  ...(body.name !== undefined && { name: body.name.trim() }),
  ...(body.kind !== undefined && { kind: body.kind }),
  ...(body.shortName !== undefined && { short_name: body.shortName }),
  ...(body.parentId !== undefined && { parent_id: body.parentId }),
  ...(body.description !== undefined && { description: body.description }),
  ...(body.website !== undefined && { website: body.website }),
});

async function reload(trx: Transaction<DB>, id: string): Promise<Network> {
  const row = await repository.findNetwork(trx, id);
  if (!row) throw notFound('The network');
  return toNetwork(row);
}

/** 422 naming each reference in the body that points at nothing. */
async function assertReferencesExist(trx: Transaction<DB>, body: Partial<CreateNetworkBody>) {
  const errors: { field: string; message: string }[] = [];
  if (body.parentId && !(await repository.findNetworkSummary(trx, body.parentId))) {
    errors.push({ field: 'body.parentId', message: 'does not exist' });
  }
  const topics = body.topicIds ?? [];
  for (const id of await repository.unknownTopicIds(trx, topics)) {
    errors.push({
      field: `body.topicIds.${topics.indexOf(id)}`,
      message: `topic ${id} does not exist`,
    });
  }
  const organisations = body.organisationIds ?? [];
  for (const id of await repository.unknownOrganisationIds(trx, organisations)) {
    errors.push({
      field: `body.organisationIds.${organisations.indexOf(id)}`,
      message: `organisation ${id} does not exist`,
    });
  }
  if (errors.length > 0) {
    throw new AppError('UNPROCESSABLE', 'The network refers to something that does not exist.', {
      errors,
    });
  }
}

async function replaceSets(trx: Transaction<DB>, id: string, body: Partial<CreateNetworkBody>) {
  if (body.topicIds !== undefined) await repository.replaceTopics(trx, id, body.topicIds);
  if (body.organisationIds !== undefined) {
    await repository.replaceOrganisations(trx, id, body.organisationIds);
  }
}

/** A new network; networks belong to no organisation, so only administrators add them. */
export async function createNetwork(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreateNetworkBody,
  actor: ActorContext,
): Promise<Network> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    await assertReferencesExist(trx, body);
    const id = await repository.insertNetwork(trx, {
      ...columnsOf(body),
      name: body.name.trim(),
      kind: body.kind,
    });
    await replaceSets(trx, id, body);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'network.created',
      entityType: 'network',
      entityId: id,
      after,
    });
    return after;
  });
}

/**
 * Changes the fields sent, if the client read the current version. `topicIds` and
 * `organisationIds` replace the sets in the same write (and audit event); `archivedAt: null`
 * restores an archived network.
 */
export async function updateNetwork(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdateNetworkBody,
  actor: ActorContext,
): Promise<Network> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    const moving = body.parentId !== undefined;
    if (moving) await repository.lockHierarchy(trx);
    const stored = await repository.findNetworkForUpdate(trx, id);
    if (!stored) throw notFound('The network');
    const before = toNetwork(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    await assertReferencesExist(trx, body);
    if (
      moving &&
      body.parentId &&
      body.parentId !== stored.parent_id &&
      (await repository.isSelfOrDescendant(trx, id, body.parentId))
    ) {
      throw new AppError('UNPROCESSABLE', 'A network cannot be placed below itself.', {
        errors: [{ field: 'body.parentId', message: 'is the network itself or one below it' }],
      });
    }
    const values = { ...columnsOf(body), ...(body.archivedAt === null && { archived_at: null }) };
    const updated = await updateIfVersion(trx, 'networks', id, expectedVersion, values);
    if (!updated) throw staleVersion(stored.version, before);
    await replaceSets(trx, id, body);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action:
        body.archivedAt === null && before.archivedAt ? 'network.restored' : 'network.updated',
      entityType: 'network',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** DELETE archives: posts and sub-networks keep their link, and PATCH `archivedAt: null` restores it. */
export async function archiveNetwork(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<Network> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    const stored = await repository.findNetworkForUpdate(trx, id);
    if (!stored) throw notFound('The network');
    const before = toNetwork(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    if (stored.archived_at) return before;
    await updateIfVersion(trx, 'networks', id, expectedVersion, { archived_at: new Date() });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'network.archived',
      entityType: 'network',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
