import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DB } from '@nk/db';
import {
  type AuditEvent,
  AuditEventSchema,
  type ListAuditQuery,
  ListAuditQuerySchema,
  PageSchema,
} from '@nk/shared';
import type { Kysely } from 'kysely';
import { adminOnly } from '../../lib/access';
import { AppError } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import { problemRef, signedIn } from '../../lib/openapi';
import { listAuditEvents } from './repository';

type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>[number];

function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorId: row.actor_id,
    actor:
      row.actor_id && row.actor_email
        ? { id: row.actor_id, displayName: row.actor_name, email: row.actor_email }
        : null,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
  };
}

/** `entity` is the design's name for `entityId`; both may be sent only if they agree. */
function entityIdOf(query: ListAuditQuery): string | undefined {
  if (query.entity && query.entityId && query.entity !== query.entityId) {
    throw new AppError('VALIDATION_FAILED', '`entity` and `entityId` name different entities.', {
      errors: [{ field: 'querystring.entity', message: 'must equal entityId when both are sent' }],
    });
  }
  return query.entityId ?? query.entity;
}

/** Events are never changed, so "updated since" is "appended since": the later bound wins. */
function sinceOf(query: ListAuditQuery): string | undefined {
  const bounds = [query.since, query.updatedSince].filter((b): b is string => b !== undefined);
  if (bounds.length === 0) return undefined;
  return bounds.reduce((a, b) => (new Date(a) >= new Date(b) ? a : b));
}

async function listAudit(db: Kysely<DB>, query: ListAuditQuery) {
  const limit = query.limit ?? 50;
  const [afterSeq] = query.cursor ? decodeCursor(query.cursor, 1) : [];
  if (afterSeq !== undefined && typeof afterSeq !== 'number') {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not one this API issued.', {
      errors: [{ field: 'querystring.cursor', message: 'must be a cursor from a previous page' }],
    });
  }
  const action = query.action?.endsWith('.*')
    ? { prefix: query.action.slice(0, -1) }
    : query.action !== undefined
      ? { exact: query.action }
      : undefined;
  const rows = await listAuditEvents(db, {
    entityType: query.entityType,
    entityId: entityIdOf(query),
    actorId: query.actor,
    action,
    since: sinceOf(query),
    until: query.until,
    limit,
    afterSeq,
  });
  const page = toPage(rows, limit, (row) => [row.seq]);
  return { items: page.items.map(toAuditEvent), nextCursor: page.nextCursor };
}

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('preHandler', adminOnly);

  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first (administrators)',
        description:
          'One event per change, written in the same transaction as the change: who (`actor`), ' +
          'when, the `action`, the entity, its state `before` and `after`, and the request id. ' +
          'Filters combine. `since` is inclusive, `until` exclusive; `action` takes an exact ' +
          'action or `type.*` for every action on a type.',
        security: signedIn,
        querystring: ListAuditQuerySchema,
        response: {
          200: PageSchema(AuditEventSchema),
          400: problemRef,
          401: problemRef,
          403: problemRef,
        },
      },
    },
    async (request) => listAudit(app.db, request.query),
  );
};

export default auditRoutes;
