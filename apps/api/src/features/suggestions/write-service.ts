import type { DB } from '@nk/db';
import {
  type CloseSuggestionBody,
  type CreateSuggestionBody,
  type Suggestion,
  suggestionFields,
} from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { todayInSweden } from '../../lib/dates';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';
import { toSuggestion } from './service';

async function reload(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Suggestion> {
  const row = await repository.findSuggestion(db, id);
  if (!row) throw notFound('The suggestion');
  return toSuggestion(row);
}

function assertKnownField(body: CreateSuggestionBody) {
  const known: readonly string[] = suggestionFields[body.targetType];
  if (body.field !== undefined && !known.includes(body.field)) {
    throw new AppError('VALIDATION_FAILED', `A ${body.targetType} has no field ${body.field}.`, {
      errors: [{ field: 'body.field', message: `must be one of ${known.join(', ')}` }],
    });
  }
}

/**
 * "This is wrong": any signed-in user may report it about a person, post or organisation they can
 * see. The report goes to the stewards of the organisation owning the target.
 */
export async function createSuggestion(
  db: Kysely<DB>,
  access: Access,
  body: CreateSuggestionBody,
  actor: ActorContext,
): Promise<Suggestion> {
  assertKnownField(body);
  return db.transaction().execute(async (trx) => {
    const target = await repository.findTarget(trx, body.targetType, body.targetId);
    // A protected person must look exactly like one who does not exist.
    if (!target || (target.protected && !access.isAdmin)) {
      throw new AppError('UNPROCESSABLE', `The ${body.targetType} does not exist.`, {
        errors: [{ field: 'body.targetId', message: `is not a known ${body.targetType}` }],
      });
    }
    const id = await repository.insertSuggestion(trx, {
      entity_type: body.targetType,
      entity_id: body.targetId,
      organisation_id: target.organisationId,
      message: body.message.trim(),
      created_by: access.user.id,
      field: body.field ?? null,
    });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'suggestion.created',
      entityType: 'suggestion',
      entityId: id,
      after,
    });
    return after;
  });
}

/**
 * Closes an open suggestion as resolved (the entry was corrected) or dismissed (nothing to
 * change), recording who, when and why. Stewards of the owning organisation and administrators
 * may; a suggestion closed already is a 409. Like confirming a person, no If-Match: closing
 * overwrites nobody's edit, and the row lock makes the second of two stewards get the 409.
 */
export async function closeSuggestion(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  status: 'resolved' | 'dismissed',
  body: CloseSuggestionBody,
  actor: ActorContext,
): Promise<Suggestion> {
  return db.transaction().execute(async (trx) => {
    if (!(await repository.lockSuggestion(trx, id))) throw notFound('The suggestion');
    const row = await repository.findSuggestion(trx, id);
    if (!row || (row.target_protected && !access.isAdmin)) throw notFound('The suggestion');
    assertCanWrite(request, access, [row.organisation_id]);
    const before = toSuggestion(row);
    if (before.status !== 'open') {
      const by = before.resolvedBy?.displayName ?? before.resolvedBy?.email ?? 'someone';
      const on = before.resolvedAt ? todayInSweden(new Date(before.resolvedAt)) : 'an earlier date';
      throw new AppError(
        'CONFLICT',
        `This suggestion was already ${before.status} by ${by} on ${on}.`,
      );
    }
    await repository.updateSuggestion(trx, id, {
      status,
      resolved_by: access.user.id,
      resolved_at: new Date(),
      resolution_note: body.note?.trim() ?? null,
    });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: `suggestion.${status}`,
      entityType: 'suggestion',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
