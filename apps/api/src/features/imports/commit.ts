import { randomUUID } from 'node:crypto';
import type { DB } from '@nk/db';
import type { CommitImportBody, Import, ImportSummary } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { todayInSweden } from '../../lib/dates';
import { addDays } from '../assignments/dates';
import { type ActorContext, type AuditEntry, appendAuditEvents } from '../audit/repository';
import { presentImport } from './present';
import * as repository from './repository';
import { personColumns, type RowValues } from './row-values';

type Row = repository.ImportRowRecord;
type Change = { from: string | null; to: string | null };
interface Ended {
  id: string;
  validTo: string | null;
  version: number;
}
/** What a commit did to a row's objects, kept on the row so that undo can reverse exactly it. */
export interface Done {
  personVersion?: number;
  archivedAt?: string | null;
  assignmentId?: string;
  createdPostId?: string;
  ended?: Ended[];
}

const valuesOf = (row: Row) => (row.data.values ?? {}) as RowValues;
const endsOf = (row: Row) => (row.data.ends ?? []) as { id: string; version: number }[];

/** The import, locked, if the caller may change its organisation. */
export async function lockedImport(
  trx: Transaction<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
) {
  const stored = await repository.lockImport(trx, id);
  if (!stored) throw notFound('The import');
  assertCanWrite(request, access, [stored.organisation_id]);
  return stored;
}

function stale(line: number | null, what: string): AppError {
  const where = line && line > 0 ? `line ${line}` : 'an assignment the file ends';
  return new AppError(
    'CONFLICT',
    `The directory has changed since the preview (${where}: ${what}). Preview the file again to see what it would do now.`,
  );
}

/** Refuses the commit if anything the preview was based on has changed since. */
async function assertPreviewStillTrue(trx: Transaction<DB>, rows: readonly Row[]) {
  const changed = rows.filter((row) => row.action === 'change');
  const people = new Map(
    (
      await repository.peopleByIds(
        trx,
        changed.map((row) => row.person_id ?? ''),
      )
    ).map((p) => [p.id, p]),
  );
  for (const row of changed) {
    if (people.get(row.person_id ?? '')?.version !== row.data.personVersion) {
      throw stale(row.line, 'the person was changed');
    }
  }
  const adds = rows.filter((row) => row.action === 'add');
  const [taken] = await repository.peopleByEmail(
    trx,
    adds.map((row) => valuesOf(row).email ?? ''),
  );
  if (taken) {
    const row = adds.find((r) => valuesOf(r).email === taken.email?.toLowerCase());
    throw stale(row?.line ?? null, `${taken.email} has been added meanwhile`);
  }
  const ends = rows.flatMap((row) => endsOf(row).map((end) => ({ row, end })));
  const ids = ends.map(({ end }) => end.id);
  const versions = new Map<string, number>();
  for (const slice of repository.slices(ids)) {
    const found = await trx
      .selectFrom('assignments')
      .select(['id', 'version'])
      .where(sql<boolean>`id = ANY(${slice}::uuid[])`)
      .execute();
    for (const a of found) versions.set(a.id, a.version);
  }
  for (const { row, end } of ends) {
    if (versions.get(end.id) !== end.version) throw stale(row.line, 'the assignment was changed');
  }
}

const assignmentSnapshot = (a: {
  id: string;
  post_id: string;
  person_id: string;
  kind: string;
  valid_from: string;
  valid_to: string | null;
}) => ({
  id: a.id,
  postId: a.post_id,
  personId: a.person_id,
  kind: a.kind,
  validFrom: a.valid_from,
  validTo: a.valid_to,
});

/** Ends the listed assignments the day before the import; returns what each was before. */
async function endAssignments(
  trx: Transaction<DB>,
  ids: readonly string[],
  lastDay: string,
  audit: AuditEntry[],
): Promise<Map<string, Ended>> {
  const ended = new Map<string, Ended>();
  for (const slice of repository.slices(ids)) {
    const { rows } = await sql<{
      id: string;
      post_id: string;
      person_id: string;
      kind: string;
      valid_from: string;
      valid_to: string | null;
      before_to: string | null;
      version: number;
    }>`
      UPDATE assignments a
      SET valid_to = ${lastDay}::date, version = a.version + 1, updated_at = now()
      FROM assignments b
      WHERE a.id = b.id AND a.id = ANY(${slice}::uuid[])
      RETURNING a.id, a.post_id, a.person_id, a.kind,
        to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from,
        to_char(a.valid_to, 'YYYY-MM-DD') AS valid_to,
        to_char(b.valid_to, 'YYYY-MM-DD') AS before_to, a.version`.execute(trx);
    for (const row of rows) {
      ended.set(row.id, { id: row.id, validTo: row.before_to, version: row.version });
      audit.push({
        action: 'assignment.ended',
        entityType: 'assignment',
        entityId: row.id,
        before: assignmentSnapshot({ ...row, valid_to: row.before_to }),
        after: assignmentSnapshot(row),
      });
    }
  }
  return ended;
}

const personSnapshot = (p: repository.StoredPerson) => ({
  id: p.id,
  givenName: p.given_name,
  familyName: p.family_name,
  title: p.title,
  email: p.email,
  phone: p.phone,
  mobile: p.mobile,
  organisationId: p.organisation_id,
  archivedAt: p.archived_at ? new Date(p.archived_at).toISOString() : null,
});

async function addPeople(
  trx: Transaction<DB>,
  organisationId: string,
  rows: readonly Row[],
  audit: AuditEntry[],
  done: Map<number, Done & { personId?: string }>,
) {
  for (const slice of repository.slices(rows)) {
    const created = await trx
      .insertInto('people')
      .values(
        slice.map((row) => {
          const values = valuesOf(row);
          return {
            ...personColumns(values),
            given_name: values.givenName ?? '',
            family_name: values.familyName ?? '',
            email: values.email ?? null,
            organisation_id: organisationId,
          };
        }),
      )
      .returning(['id', 'email', 'version'])
      .execute();
    const byEmail = new Map(created.map((p) => [p.email, p]));
    const stored = new Map(
      (
        await repository.peopleByIds(
          trx,
          created.map((p) => p.id),
        )
      ).map((p) => [p.id, p]),
    );
    for (const row of slice) {
      const person = byEmail.get(valuesOf(row).email ?? null);
      if (!person) continue;
      done.set(row.line, { personId: person.id, personVersion: person.version });
      const snapshot = stored.get(person.id);
      audit.push({
        action: 'person.created',
        entityType: 'person',
        entityId: person.id,
        after: snapshot && personSnapshot(snapshot),
      });
    }
  }
}

async function changePeople(
  trx: Transaction<DB>,
  rows: readonly Row[],
  audit: AuditEntry[],
  done: Map<number, Done & { personId?: string }>,
) {
  const before = new Map(
    (
      await repository.peopleByIds(
        trx,
        rows.map((row) => row.person_id ?? ''),
      )
    ).map((p) => [p.id, p]),
  );
  for (const row of rows) {
    const person = before.get(row.person_id ?? '');
    if (!person) continue;
    const changes = row.changes as Record<string, Change>;
    const values = Object.fromEntries(
      Object.entries(valuesOf(row)).filter(([field]) => field in changes),
    ) as RowValues;
    const restoring = 'archived' in changes;
    const columns = { ...personColumns(values), ...(restoring && { archived_at: null }) };
    if (Object.keys(columns).length === 0) {
      done.set(row.line, { personVersion: person.version });
      continue;
    }
    const updated = await trx
      .updateTable('people')
      .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', person.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    done.set(row.line, {
      personVersion: updated.version,
      archivedAt: person.archived_at ? new Date(person.archived_at).toISOString() : null,
    });
    audit.push({
      action: restoring ? 'person.restored' : 'person.updated',
      entityType: 'person',
      entityId: person.id,
      before: personSnapshot(person),
      after: personSnapshot(updated),
    });
  }
}

/**
 * Each starting row gets a post of its role in the organisation that is free from its start
 * date (nobody holds it then or later); when none is free, a new post is made for it.
 */
async function startAssignments(
  trx: Transaction<DB>,
  importId: string,
  organisationId: string,
  starts: readonly { row: Row; personId: string; roleId: string; from: string }[],
  audit: AuditEntry[],
  done: Map<number, Done & { personId?: string }>,
) {
  if (starts.length === 0) return;
  const earliest = starts.reduce((min, s) => (s.from < min ? s.from : min), starts[0]?.from ?? '');
  const busyUntil = new Map<string, string | null>();
  for (const holder of await repository.holdersFrom(trx, organisationId, earliest)) {
    const current = busyUntil.get(holder.post_id);
    const later =
      current === null || holder.valid_to === null
        ? null
        : current === undefined || holder.valid_to > current
          ? holder.valid_to
          : current;
    busyUntil.set(holder.post_id, later);
  }
  const isFree = (postId: string, from: string) => {
    if (!busyUntil.has(postId)) return true;
    const until = busyUntil.get(postId);
    return typeof until === 'string' && until < from;
  };
  const posts = await repository.postsOf(trx, organisationId);
  const newPosts: { id: string; role_id: string; organisation_id: string }[] = [];
  const assignments: {
    id: string;
    post_id: string;
    person_id: string;
    valid_from: string;
    import_id: string;
  }[] = [];
  for (const start of starts) {
    const free = posts.find((post) => post.role_id === start.roleId && isFree(post.id, start.from));
    let postId = free?.id;
    if (!postId) {
      postId = randomUUID();
      newPosts.push({ id: postId, role_id: start.roleId, organisation_id: organisationId });
      posts.push({ id: postId, role_id: start.roleId });
    }
    busyUntil.set(postId, null);
    const assignmentId = randomUUID();
    assignments.push({
      id: assignmentId,
      post_id: postId,
      person_id: start.personId,
      valid_from: start.from,
      import_id: importId,
    });
    const previous = done.get(start.row.line) ?? {};
    done.set(start.row.line, {
      ...previous,
      assignmentId,
      ...(!free && { createdPostId: postId }),
    });
  }
  for (const slice of repository.slices(newPosts)) {
    await trx.insertInto('posts').values(slice).execute();
  }
  for (const post of newPosts) {
    audit.push({
      action: 'post.created',
      entityType: 'post',
      entityId: post.id,
      after: { id: post.id, roleId: post.role_id, organisationId, required: true },
    });
  }
  for (const slice of repository.slices(assignments)) {
    await trx
      .insertInto('assignments')
      .values(slice.map((a) => ({ ...a, kind: 'holder' as const })))
      .execute();
  }
  for (const a of assignments) {
    audit.push({
      action: 'assignment.created',
      entityType: 'assignment',
      entityId: a.id,
      after: assignmentSnapshot({ ...a, kind: 'holder', valid_to: null }),
    });
  }
}

/**
 * Applies exactly the previewed rows in one transaction: ends, additions, changes, then the new
 * assignments. Refused when rows have errors (unless `validRowsOnly`) or the directory changed
 * since the preview. Possible duplicates are never applied: a steward decides them by hand.
 */
export async function commitImport(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  body: CommitImportBody,
  actor: ActorContext,
): Promise<Import> {
  await db.transaction().execute(async (trx) => {
    const stored = await lockedImport(trx, request, access, id);
    if (stored.status !== 'preview') {
      throw new AppError('CONFLICT', `The import has already been ${stored.status}.`);
    }
    const rows = await repository.rowsOf(trx, id);
    const failing = rows.filter((row) => row.action === 'error');
    if (failing.length > 0 && !body.validRowsOnly) {
      throw new AppError(
        'UNPROCESSABLE',
        `${failing.length} ${failing.length === 1 ? 'row has' : 'rows have'} errors. Correct the file and preview it again, or commit the valid rows only.`,
        {
          errors: failing.flatMap((row) =>
            row.errors.map((e) => ({ field: `line ${row.line}: ${e.column}`, message: e.message })),
          ),
        },
      );
    }
    await assertPreviewStillTrue(trx, rows);
    const today = todayInSweden();
    const audit: AuditEntry[] = [];
    const done = new Map<number, Done & { personId?: string }>();

    const endRows = rows.filter((row) => row.action === 'end' || row.action === 'change');
    const ended = await endAssignments(
      trx,
      endRows.flatMap((row) => endsOf(row).map((end) => end.id)),
      addDays(today, -1),
      audit,
    );
    for (const row of endRows) {
      const mine = endsOf(row).flatMap((end) => ended.get(end.id) ?? []);
      if (mine.length > 0) done.set(row.line, { ...done.get(row.line), ended: mine });
    }
    const adds = rows.filter((row) => row.action === 'add');
    await addPeople(trx, stored.organisation_id, adds, audit, done);
    const changes = rows.filter((row) => row.action === 'change');
    await changePeople(trx, changes, audit, done);

    const starts = [...adds, ...changes].flatMap((row) => {
      const roleId = row.data.roleId as string | undefined;
      const personId = row.person_id ?? done.get(row.line)?.personId;
      const starting = row.action === 'add' || 'role' in row.changes;
      return roleId && personId && starting
        ? [{ row, personId, roleId, from: valuesOf(row).validFrom ?? today }]
        : [];
    });
    await startAssignments(trx, id, stored.organisation_id, starts, audit, done);

    const applied: ImportSummary = {
      add: adds.length,
      change: changes.length,
      end: rows.filter((row) => row.action === 'end').length,
      unchanged: 0,
      error: 0,
      duplicate: 0,
    };
    await repository.markApplied(
      trx,
      id,
      [...adds, ...changes, ...rows.filter((row) => row.action === 'end')].map((row) => {
        const { personId, ...rest } = done.get(row.line) ?? {};
        return { line: row.line, person_id: personId ?? null, done: rest };
      }),
    );
    await trx
      .updateTable('imports')
      .set({
        status: 'committed',
        committed_at: sql`now()`,
        applied: JSON.stringify(applied),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
    audit.push({
      action: 'import.committed',
      entityType: 'import',
      entityId: id,
      after: { organisationId: stored.organisation_id, applied },
    });
    await appendAuditEvents(trx, actor, audit);
  });
  return presentImport(db, id);
}
