import type { DB } from '@nk/db';
import type { MergeableField, MergePeopleBody, Person, PersonMerge } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as people from '../people/repository';
import { forCaller, isVisibleTo, toPerson } from '../people/service';

const columnOf = {
  givenName: 'given_name',
  familyName: 'family_name',
  title: 'title',
  email: 'email',
  phone: 'phone',
  mobile: 'mobile',
  bio: 'bio',
  hsaId: 'hsa_id',
} as const satisfies Record<MergeableField, string>;

type Columns = Partial<Record<(typeof columnOf)[MergeableField] | 'archived_at', unknown>>;
interface Moved {
  assignments: string[];
  suggestions: string[];
  topics: string[];
  user: string | null;
}

async function reload(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Person> {
  const row = await people.findPerson(db, id);
  if (!row) throw notFound('The person');
  return toPerson(row);
}

/** Both entries locked (in id order, so two merges of the same pair cannot deadlock). */
async function lockBoth(trx: Transaction<DB>, access: Access, a: string, b: string) {
  for (const id of [a, b].sort()) {
    if (!(await people.lockPerson(trx, id))) throw notFound('The person');
  }
  const [first, second] = await Promise.all([reload(trx, a), reload(trx, b)]);
  if (!isVisibleTo(access, first) || !isVisibleTo(access, second)) throw notFound('The person');
  const erased = await trx
    .selectFrom('people')
    .select('id')
    .where('id', 'in', [a, b])
    .where('erased_at', 'is not', null)
    .executeTakeFirst();
  if (erased) {
    throw new AppError('UNPROCESSABLE', 'An erased person (GDPR) cannot be merged or unmerged.');
  }
  return [first, second] as const;
}

const columnsFrom = (person: Person): Columns =>
  Object.fromEntries(
    Object.entries(columnOf).map(([field, column]) => [
      column,
      person[field as MergeableField] ?? null,
    ]),
  );

function unprocessable(detail: string, field: string, message: string) {
  return new AppError('UNPROCESSABLE', detail, { errors: [{ field, message }] });
}

const present = (
  access: Access,
  id: string,
  survivor: Person,
  mergedId: string,
  moved: Moved,
  undone: boolean,
): PersonMerge => ({
  id,
  survivor: forCaller(access, survivor),
  mergedId,
  moved: {
    assignments: moved.assignments.length,
    suggestions: moved.suggestions.length,
    topics: moved.topics.length,
    user: moved.user !== null,
  },
  undone,
});

async function setPerson(trx: Transaction<DB>, id: string, columns: Columns) {
  await trx
    .updateTable('people')
    .set({ ...(columns as object), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/**
 * Merges `duplicateId` into the person `survivorId`: the chosen fields come from the duplicate,
 * its assignments (its whole post history), topics, reports and sign-in account move to the
 * survivor, and the duplicate is archived. One transaction; undone by `undoMerge`.
 */
export async function mergePeople(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  survivorId: string,
  expectedVersion: number,
  body: MergePeopleBody,
  actor: ActorContext,
): Promise<PersonMerge> {
  if (body.duplicateId === survivorId) {
    throw unprocessable(
      'A person cannot be merged with themselves.',
      'body.duplicateId',
      'is this person',
    );
  }
  return db.transaction().execute(async (trx) => {
    const [survivor, duplicate] = await lockBoth(trx, access, survivorId, body.duplicateId);
    assertCanWrite(request, access, [survivor.organisationId, duplicate.organisationId]);
    if (survivor.version !== expectedVersion) {
      throw staleVersion(survivor.version, forCaller(access, survivor));
    }
    if (survivor.archivedAt) {
      throw unprocessable(
        'This person is archived; restore them before merging into them.',
        'params.id',
        'is archived',
      );
    }
    if (duplicate.archivedAt) {
      throw unprocessable(
        'The duplicate is already archived (perhaps merged before).',
        'body.duplicateId',
        'is archived',
      );
    }
    const accounts = await trx
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('person_id', 'in', [survivor.id, duplicate.id])
      .execute();
    if (accounts.length > 1) {
      throw new AppError(
        'CONFLICT',
        'Both entries have their own sign-in account. Disable one of the accounts first.',
      );
    }

    const take = new Set(body.take ?? []);
    const survivorColumns: Columns = {};
    const duplicateColumns: Columns = { archived_at: new Date() };
    for (const [field, column] of Object.entries(columnOf) as [MergeableField, string][]) {
      const theirs = duplicate[field] ?? null;
      const wanted = take.has(field) || ((survivor[field] ?? null) === null && theirs !== null);
      if (!wanted) continue;
      survivorColumns[column as keyof Columns] = theirs;
      // E-mail and HSA id are unique: the archived duplicate gives them up.
      if (field === 'email' || field === 'hsaId') duplicateColumns[column as keyof Columns] = null;
    }
    await setPerson(trx, duplicate.id, duplicateColumns);
    await setPerson(trx, survivor.id, survivorColumns);

    const moved: Moved = {
      assignments: (
        await trx
          .updateTable('assignments')
          .set({ person_id: survivor.id, version: sql`version + 1`, updated_at: sql`now()` })
          .where('person_id', '=', duplicate.id)
          .returning('id')
          .execute()
      ).map((r) => r.id),
      topics: (
        await sql<{ topic_id: string }>`
          INSERT INTO person_topics (person_id, topic_id)
          SELECT ${survivor.id}, topic_id FROM person_topics WHERE person_id = ${duplicate.id}
          ON CONFLICT DO NOTHING
          RETURNING topic_id`.execute(trx)
      ).rows.map((r) => r.topic_id),
      suggestions: (
        await trx
          .updateTable('change_suggestions')
          .set({ entity_id: survivor.id, updated_at: sql`now()` })
          .where('entity_type', '=', 'person')
          .where('entity_id', '=', duplicate.id)
          .returning('id')
          .execute()
      ).map((r) => r.id),
      user: accounts.find((a) => a.person_id === duplicate.id)?.id ?? null,
    };
    if (moved.user) {
      await trx
        .updateTable('users')
        .set({ person_id: survivor.id })
        .where('id', '=', moved.user)
        .execute();
    }

    const [survivorAfter, duplicateAfter] = await Promise.all([
      reload(trx, survivor.id),
      reload(trx, duplicate.id),
    ]);
    const merge = await trx
      .insertInto('person_merges')
      .values({
        survivor_id: survivor.id,
        merged_id: duplicate.id,
        survivor_before: JSON.stringify(columnsFrom(survivor)),
        merged_before: JSON.stringify({ ...columnsFrom(duplicate), archived_at: null }),
        survivor_version: survivorAfter.version,
        merged_version: duplicateAfter.version,
        moved: JSON.stringify(moved),
        created_by: access.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, actor, {
      action: 'person.merged',
      entityType: 'person',
      entityId: survivor.id,
      before: survivor,
      after: { ...survivorAfter, mergeId: merge.id, mergedId: duplicate.id },
    });
    await appendAuditEvent(trx, actor, {
      action: 'person.archived',
      entityType: 'person',
      entityId: duplicate.id,
      before: duplicate,
      after: { ...duplicateAfter, mergeId: merge.id, mergedInto: survivor.id },
    });
    for (const id of moved.assignments) {
      await appendAuditEvent(trx, actor, {
        action: 'assignment.moved',
        entityType: 'assignment',
        entityId: id,
        before: { personId: duplicate.id },
        after: { personId: survivor.id },
      });
    }
    return present(access, merge.id, survivorAfter, duplicate.id, moved, false);
  });
}

/** Puts both entries back as they were, if neither has been changed since the merge. */
export async function undoMerge(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  mergeId: string,
  actor: ActorContext,
): Promise<PersonMerge> {
  return db.transaction().execute(async (trx) => {
    const merge = await trx
      .selectFrom('person_merges')
      .selectAll()
      .where('id', '=', mergeId)
      .forUpdate()
      .executeTakeFirst();
    if (!merge) throw notFound('The merge');
    const [survivor, merged] = await lockBoth(trx, access, merge.survivor_id, merge.merged_id);
    assertCanWrite(request, access, [survivor.organisationId, merged.organisationId]);
    if (merge.undone_at) throw new AppError('CONFLICT', 'The merge has already been undone.');
    if (survivor.version !== merge.survivor_version || merged.version !== merge.merged_version) {
      throw new AppError(
        'CONFLICT',
        'One of the entries has been changed since the merge, so undoing it would overwrite that change. Edit them by hand instead.',
      );
    }
    const moved = merge.moved as unknown as Moved;
    await setPerson(trx, survivor.id, merge.survivor_before as Columns);
    await setPerson(trx, merged.id, merge.merged_before as Columns);
    if (moved.assignments.length > 0) {
      await trx
        .updateTable('assignments')
        .set({ person_id: merged.id, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', 'in', moved.assignments)
        .execute();
    }
    if (moved.topics.length > 0) {
      await trx
        .deleteFrom('person_topics')
        .where('person_id', '=', survivor.id)
        .where('topic_id', 'in', moved.topics)
        .execute();
    }
    if (moved.suggestions.length > 0) {
      await trx
        .updateTable('change_suggestions')
        .set({ entity_id: merged.id, updated_at: sql`now()` })
        .where('id', 'in', moved.suggestions)
        .execute();
    }
    if (moved.user) {
      await trx
        .updateTable('users')
        .set({ person_id: merged.id })
        .where('id', '=', moved.user)
        .execute();
    }
    await trx
      .updateTable('person_merges')
      .set({ undone_at: sql`now()` })
      .where('id', '=', merge.id)
      .execute();
    const [survivorAfter, mergedAfter] = await Promise.all([
      reload(trx, survivor.id),
      reload(trx, merged.id),
    ]);
    await appendAuditEvent(trx, actor, {
      action: 'person.unmerged',
      entityType: 'person',
      entityId: survivor.id,
      before: survivor,
      after: { ...survivorAfter, mergeId: merge.id },
    });
    await appendAuditEvent(trx, actor, {
      action: 'person.restored',
      entityType: 'person',
      entityId: merged.id,
      before: merged,
      after: { ...mergedAfter, mergeId: merge.id },
    });
    for (const id of moved.assignments) {
      await appendAuditEvent(trx, actor, {
        action: 'assignment.moved',
        entityType: 'assignment',
        entityId: id,
        before: { personId: survivor.id },
        after: { personId: merged.id },
      });
    }
    return present(access, merge.id, survivorAfter, merged.id, moved, true);
  });
}
