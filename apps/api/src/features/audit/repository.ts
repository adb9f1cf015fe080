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

const toRow = (actor: ActorContext, entry: AuditEntry) => ({
  actor_id: actor.actorId,
  request_id: actor.requestId,
  action: entry.action,
  entity_type: entry.entityType,
  entity_id: entry.entityId,
  before: entry.before === undefined ? null : JSON.stringify(entry.before),
  after: entry.after === undefined ? null : JSON.stringify(entry.after),
});

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function appendAuditEvent(
  db: Kysely<DB> | Transaction<DB>,
  actor: ActorContext,
  entry: AuditEntry,
): Promise<void> {
  await db.insertInto('audit_events').values(toRow(actor, entry)).execute();
}

/** Appends many audit events (a batch such as an import), a thousand to a statement. */
export async function appendAuditEvents(
  db: Kysely<DB> | Transaction<DB>,
  actor: ActorContext,
  entries: readonly AuditEntry[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += 1000) {
    const slice = entries.slice(start, start + 1000);
    await db
      .insertInto('audit_events')
      .values(slice.map((entry) => toRow(actor, entry)))
      .execute();
  }
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  /** An exact action, or every action starting with `prefix` (e.g. `person.`). */
  action?: { exact: string } | { prefix: string };
  since?: string;
  until?: string;
  limit: number;
  /** Keyset position: the `seq` of the last event of the previous page. */
  afterSeq?: number;
}

/**
 * One page of events (plus one to tell if there is more), newest first, each with the acting
 * user's name and e-mail address (still there: users are never deleted, only disabled).
 */
export function listAuditEvents(db: Kysely<DB>, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select([
      'e.id',
      'e.seq',
      'e.at',
      'e.action',
      'e.entity_type',
      'e.entity_id',
      'e.actor_id',
      'e.before',
      'e.after',
      'e.request_id',
      'u.display_name as actor_name',
      'u.email as actor_email',
    ]);
  if (filter.entityType) query = query.where('e.entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('e.entity_id', '=', filter.entityId);
  if (filter.actorId) query = query.where('e.actor_id', '=', filter.actorId);
  if (filter.action && 'exact' in filter.action) {
    query = query.where('e.action', '=', filter.action.exact);
  } else if (filter.action) {
    // Only [a-z_.] reach here (the query schema), so no LIKE wildcard needs escaping but `_`.
    const pattern = `${filter.action.prefix.replaceAll('_', '\\_')}%`;
    query = query.where('e.action', 'like', pattern);
  }
  if (filter.since) query = query.where('e.at', '>=', new Date(filter.since));
  if (filter.until) query = query.where('e.at', '<', new Date(filter.until));
  if (filter.afterSeq !== undefined) query = query.where('e.seq', '<', filter.afterSeq);
  return query
    .orderBy('e.seq', 'desc')
    .limit(filter.limit + 1)
    .execute();
}
