import type { DB } from '@nk/db';
import type { CreateOrganisationLinkBody, OrganisationLink } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';

async function linkSeenFrom(
  trx: Transaction<DB>,
  organisationId: string,
  linkId: string,
): Promise<OrganisationLink> {
  const link = (await repository.listLinks(trx, organisationId)).find((l) => l.id === linkId);
  if (!link) throw notFound('The link');
  return {
    id: link.id,
    kind: link.kind,
    direction: link.direction,
    organisation: {
      id: link.organisation_id,
      name: link.name,
      shortName: link.short_name,
      kind: link.organisation_kind,
    },
  };
}

/**
 * Links the organisation to another (a catchment or a partnership). The link is a fact about the
 * organisation in the path, so its stewards may add it; the other side need not be theirs.
 */
export async function createLink(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  body: CreateOrganisationLinkBody,
  actor: ActorContext,
): Promise<OrganisationLink> {
  return db.transaction().execute(async (trx) => {
    const self = await repository.findOrganisation(trx, id);
    if (!self) throw notFound('The organisation');
    assertCanWrite(request, access, [id]);
    if (body.organisationId === id) {
      throw new AppError('UNPROCESSABLE', 'An organisation cannot be linked to itself.', {
        errors: [{ field: 'body.organisationId', message: 'is the organisation itself' }],
      });
    }
    const other = await repository.findOrganisation(trx, body.organisationId);
    if (!other || other.archived_at) {
      throw new AppError('UNPROCESSABLE', 'The other organisation does not exist.', {
        errors: [{ field: 'body.organisationId', message: 'does not exist' }],
      });
    }
    const outgoing = (body.direction ?? 'outgoing') === 'outgoing';
    const fromId = outgoing ? id : other.id;
    const toId = outgoing ? other.id : id;
    if (await repository.findLinkBetween(trx, body.kind, fromId, toId)) {
      const what = body.kind === 'serves' ? 'serves' : 'is a partner of';
      const [from, to] = outgoing ? [self.name, other.name] : [other.name, self.name];
      throw new AppError('CONFLICT', `The directory already says that ${from} ${what} ${to}.`, {
        errors: [{ field: 'body.organisationId', message: 'is already linked this way' }],
      });
    }
    const linkId = await repository.insertLink(trx, {
      kind: body.kind,
      fromId,
      toId,
      note: body.note ?? null,
    });
    const after = await linkSeenFrom(trx, id, linkId);
    await appendAuditEvent(trx, actor, {
      action: 'organisation_link.created',
      entityType: 'organisation_link',
      entityId: linkId,
      after: { ...after, fromOrganisationId: fromId, toOrganisationId: toId },
    });
    return after;
  });
}

/** Removes a link of the organisation; the audit event keeps what it was. */
export async function deleteLink(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  linkId: string,
  actor: ActorContext,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stored = await repository.findLink(trx, linkId);
    if (!stored || (stored.from_organisation_id !== id && stored.to_organisation_id !== id)) {
      throw notFound('The link');
    }
    assertCanWrite(request, access, [id]);
    await repository.deleteLink(trx, linkId);
    await appendAuditEvent(trx, actor, {
      action: 'organisation_link.deleted',
      entityType: 'organisation_link',
      entityId: linkId,
      before: {
        id: stored.id,
        kind: stored.kind,
        fromOrganisationId: stored.from_organisation_id,
        toOrganisationId: stored.to_organisation_id,
        note: stored.note,
      },
    });
  });
}
