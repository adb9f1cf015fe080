import type { DB } from '@nk/db';
import type { Kysely, Transaction } from 'kysely';

/** Who is acting and under which request: passed to every service that writes. */
export interface ActorContext {
  actorId: string | null;
  requestId: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function appendAuditEvent(
  db: Kysely<DB> | Transaction<DB>,
  actor: ActorContext,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: actor.actorId,
      request_id: actor.requestId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
