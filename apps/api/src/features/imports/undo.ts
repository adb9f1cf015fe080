import type { DB } from '@nk/db';
import type { Import } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Access } from '../../lib/access';
import { AppError } from '../../lib/app-error';
import { type ActorContext, type AuditEntry, appendAuditEvents } from '../audit/repository';
import { type Done, lockedImport } from './commit';
import { presentImport } from './present';
import * as repository from './repository';
import { personColumnOf } from './row-values';

type Row = repository.ImportRowRecord;
type Change = { from: string | null; to: string | null };

const doneOf = (row: Row) => (row.data.done ?? {}) as Done;

function changedSince(what: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} has been changed since the import, so undoing it would overwrite that change. Edit it by hand instead.`,
  );
}

/** Undo reverses only what nobody has touched since: every object must be as the commit left it. */
async function assertUntouched(
  trx: Transaction<DB>,
  rows: readonly Row[],
  created: readonly { id: string; version: number }[],
) {
  if (created.some((a) => a.version !== 1)) throw changedSince('An assignment the import started');
  const people = new Map(
    (
      await repository.peopleByIds(
        trx,
        rows.map((row) => row.person_id ?? ''),
      )
    ).map((p) => [p.id, p]),
  );
  for (const row of rows) {
    const version = doneOf(row).personVersion;
    const person = people.get(row.person_id ?? '');
    if (version !== undefined && person && person.version !== version) {
      throw changedSince(`${person.given_name} ${person.family_name}`);
    }
  }
  const ended = rows.flatMap((row) => doneOf(row).ended ?? []);
  for (const slice of repository.slices(ended)) {
    const now = new Map(
      (
        await trx
          .selectFrom('assignments')
          .select(['id', 'version'])
          .where(sql<boolean>`id = ANY(${slice.map((e) => e.id)}::uuid[])`)
          .execute()
      ).map((a) => [a.id, a.version]),
    );
    if (slice.some((e) => now.get(e.id) !== e.version)) {
      throw changedSince('An assignment the import ended');
    }
  }
}

/**
 * Puts the directory back as it was before the commit, in one transaction: the assignments the
 * import started are removed, those it ended run on again, changed fields get their old values,
 * people it added and posts it made are archived (kept, with their history, out of sight).
 */
export async function undoImport(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  actor: ActorContext,
): Promise<Import> {
  await db.transaction().execute(async (trx) => {
    const stored = await lockedImport(trx, request, access, id);
    if (stored.status !== 'committed') {
      throw new AppError(
        'CONFLICT',
        stored.status === 'undone'
          ? 'The import has already been undone.'
          : 'Only a committed import can be undone.',
      );
    }
    const rows = (await repository.rowsOf(trx, id)).filter((row) => row.applied);
    const created = await trx
      .selectFrom('assignments')
      .select(['id', 'version', 'post_id', 'person_id', 'kind'])
      .select(sql<string>`to_char(valid_from, 'YYYY-MM-DD')`.as('valid_from'))
      .where('import_id', '=', id)
      .execute();
    await assertUntouched(trx, rows, created);
    const audit: AuditEntry[] = [];

    for (const slice of repository.slices(created)) {
      await trx
        .deleteFrom('assignments')
        .where(sql<boolean>`id = ANY(${slice.map((a) => a.id)}::uuid[])`)
        .execute();
    }
    for (const a of created) {
      audit.push({
        action: 'assignment.deleted',
        entityType: 'assignment',
        entityId: a.id,
        before: {
          id: a.id,
          postId: a.post_id,
          personId: a.person_id,
          kind: a.kind,
          validFrom: a.valid_from,
          validTo: null,
        },
      });
    }

    const postIds = rows.flatMap((row) => doneOf(row).createdPostId ?? []);
    for (const slice of repository.slices(postIds)) {
      await trx
        .updateTable('posts')
        .set({ archived_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` })
        .where(sql<boolean>`id = ANY(${slice}::uuid[])`)
        .execute();
    }
    for (const postId of postIds) {
      audit.push({ action: 'post.archived', entityType: 'post', entityId: postId });
    }

    for (const end of rows.flatMap((row) => doneOf(row).ended ?? [])) {
      await trx
        .updateTable('assignments')
        .set({ valid_to: end.validTo, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', end.id)
        .execute();
      audit.push({
        action: 'assignment.reopened',
        entityType: 'assignment',
        entityId: end.id,
        after: { validTo: end.validTo },
      });
    }

    for (const row of rows.filter((r) => r.action === 'change')) {
      const changes = row.changes as Record<string, Change>;
      const restore: Record<string, string | null> = {};
      for (const [field, column] of Object.entries(personColumnOf)) {
        const change = changes[field];
        if (change) restore[column] = change.from;
      }
      if ('archived' in changes) restore.archived_at = doneOf(row).archivedAt ?? null;
      if (Object.keys(restore).length === 0 || !row.person_id) continue;
      await trx
        .updateTable('people')
        .set({ ...restore, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', row.person_id)
        .execute();
      audit.push({
        action: 'person.updated',
        entityType: 'person',
        entityId: row.person_id,
        before: Object.fromEntries(Object.entries(changes).map(([f, c]) => [f, c.to])),
        after: Object.fromEntries(Object.entries(changes).map(([f, c]) => [f, c.from])),
      });
    }

    const added = rows.filter((r) => r.action === 'add').flatMap((r) => r.person_id ?? []);
    for (const slice of repository.slices(added)) {
      await trx
        .updateTable('people')
        .set({ archived_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` })
        .where(sql<boolean>`id = ANY(${slice}::uuid[])`)
        .execute();
    }
    for (const personId of added) {
      audit.push({ action: 'person.archived', entityType: 'person', entityId: personId });
    }

    await trx
      .updateTable('imports')
      .set({
        status: 'undone',
        undone_at: sql`now()`,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
    audit.push({ action: 'import.undone', entityType: 'import', entityId: id });
    await appendAuditEvents(trx, actor, audit);
  });
  return presentImport(db, id);
}
