import type { DB } from '@nk/db';
import type { CreateOrganisationBody, Organisation, UpdateOrganisationBody } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { updateIfVersion } from '../../lib/versioned-update';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';
import { toOrganisation } from './service';

const columnsOf = (body: Partial<CreateOrganisationBody>) => ({
  ...(body.name !== undefined && { name: body.name.trim() }),
  ...(body.kind !== undefined && { kind: body.kind }),
  ...(body.shortName !== undefined && { short_name: body.shortName }),
  ...(body.parentId !== undefined && { parent_id: body.parentId }),
  ...(body.municipalityCode !== undefined && { municipality_code: body.municipalityCode }),
  ...(body.hsaId !== undefined && { hsa_id: body.hsaId }),
  ...(body.email !== undefined && { email: body.email }),
  ...(body.phone !== undefined && { phone: body.phone }),
  ...(body.website !== undefined && { website: body.website }),
  ...(body.streetAddress !== undefined && { street_address: body.streetAddress }),
  ...(body.postalCode !== undefined && { postal_code: body.postalCode }),
  ...(body.city !== undefined && { city: body.city }),
  ...(body.description !== undefined && { description: body.description }),
});

async function reload(trx: Transaction<DB>, id: string): Promise<Organisation> {
  const row = await repository.findOrganisation(trx, id);
  if (!row) throw notFound('The organisation');
  return toOrganisation(row);
}

async function assertParentExists(trx: Transaction<DB>, parentId: string | null | undefined) {
  if (parentId && !(await repository.findOrganisation(trx, parentId))) {
    throw new AppError('UNPROCESSABLE', 'The parent organisation does not exist.', {
      errors: [{ field: 'body.parentId', message: 'does not exist' }],
    });
  }
}

/** A new organisation: an editor may only add one below an organisation in its scope. */
export async function createOrganisation(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreateOrganisationBody,
  actor: ActorContext,
): Promise<Organisation> {
  assertCanWrite(request, access, [body.parentId ?? null]);
  return db.transaction().execute(async (trx) => {
    await assertParentExists(trx, body.parentId);
    const id = await repository.insertOrganisation(trx, {
      ...columnsOf(body),
      name: body.name.trim(),
      kind: body.kind,
    });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: id,
      after,
    });
    return after;
  });
}

/** Changes the fields sent, if the client read the current version; may restore an archived one. */
export async function updateOrganisation(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdateOrganisationBody,
  actor: ActorContext,
): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    const stored = await repository.findOrganisationForUpdate(trx, id);
    if (!stored) throw notFound('The organisation');
    const moving = body.parentId !== undefined && body.parentId !== stored.parent_id;
    assertCanWrite(request, access, moving ? [id, body.parentId ?? null] : [id]);
    const before = toOrganisation(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    if (moving) {
      await assertParentExists(trx, body.parentId);
      if (body.parentId && (await repository.isSelfOrDescendant(trx, id, body.parentId))) {
        throw new AppError('UNPROCESSABLE', 'An organisation cannot be placed below itself.', {
          errors: [
            { field: 'body.parentId', message: 'is the organisation itself or one below it' },
          ],
        });
      }
    }
    const values = { ...columnsOf(body), ...(body.archivedAt === null && { archived_at: null }) };
    const updated = await updateIfVersion(trx, 'organisations', id, expectedVersion, values);
    if (!updated) throw staleVersion(stored.version, before);
    const after = await reload(trx, id);
    const action =
      body.archivedAt === null && before.archivedAt
        ? 'organisation.restored'
        : 'organisation.updated';
    await appendAuditEvent(trx, actor, {
      action,
      entityType: 'organisation',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** DELETE archives: nothing is removed, and PATCH `archivedAt: null` brings it back. */
export async function archiveOrganisation(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    const stored = await repository.findOrganisationForUpdate(trx, id);
    if (!stored) throw notFound('The organisation');
    assertCanWrite(request, access, [id]);
    const before = toOrganisation(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
    if (stored.archived_at) return before;
    await updateIfVersion(trx, 'organisations', id, expectedVersion, { archived_at: new Date() });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'organisation.archived',
      entityType: 'organisation',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
