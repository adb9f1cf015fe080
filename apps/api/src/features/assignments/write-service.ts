import type { DB } from '@nk/db';
import type {
  Assignment,
  CreateAssignmentBody,
  HandoverBody,
  HandoverResult,
  UpdateAssignmentBody,
} from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { todayInSweden } from '../../lib/dates';
import { canSeePerson } from '../../lib/person-visibility';
import { updateIfVersion } from '../../lib/versioned-update';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import { addDays, describePeriod } from './dates';
import * as repository from './repository';
import { toAssignment } from './service';

type Named = { given_name: string; family_name: string; protected: boolean };

/** A person's name for an error sentence; protected identities stay hidden from non-admins. */
function nameOf(access: Access, person: Named): string {
  return canSeePerson(access, person)
    ? `${person.given_name} ${person.family_name}`
    : 'a person with a protected identity';
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Viewers never write; refusing them first keeps them from probing which ids exist. */
function assertMayWriteAtAll(request: FastifyRequest, access: Access) {
  assertCanWrite(request, access, []);
}

async function reload(trx: Transaction<DB>, id: string): Promise<Assignment> {
  const row = await repository.findAssignment(trx, id);
  if (!row) throw notFound('The assignment');
  return toAssignment(row);
}

/** Locks the post (404 or 422 when it is missing) and checks the caller may change it. */
async function lockWritablePost(
  trx: Transaction<DB>,
  request: FastifyRequest,
  access: Access,
  postId: string,
  missing: 'not-found' | 'unprocessable',
) {
  const post = await repository.lockPost(trx, postId);
  if (!post) {
    if (missing === 'not-found') throw notFound('The post');
    throw new AppError('UNPROCESSABLE', 'The post does not exist.', {
      errors: [{ field: 'body.postId', message: 'does not exist' }],
    });
  }
  assertCanWrite(request, access, [post.organisation_id]);
  return post;
}

/**
 * The person must exist (and be visible to the caller). Someone who has left (archived) may get
 * history recorded, but no assignment that is current or still to come.
 */
async function assertPersonAssignable(
  trx: Transaction<DB>,
  access: Access,
  personId: string,
  validTo: string | null,
) {
  const person = await repository.findPerson(trx, personId);
  if (!person || !canSeePerson(access, person)) {
    throw new AppError('UNPROCESSABLE', 'The person does not exist.', {
      errors: [{ field: 'body.personId', message: 'does not exist' }],
    });
  }
  if (person.archived_at && (validTo === null || validTo >= todayInSweden())) {
    throw new AppError(
      'UNPROCESSABLE',
      `${nameOf(access, person)} is archived (no longer in the directory), so cannot hold a post from now on. Restore the person first, or record an assignment that has already ended.`,
      { errors: [{ field: 'body.personId', message: 'is archived' }] },
    );
  }
  return person;
}

function assertPeriod(from: string, to: string | null, field: 'body.validTo' | 'body.validFrom') {
  if (to !== null && to < from) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The assignment would end (${to}) before it starts (${from}).`,
      { errors: [{ field, message: 'must be on or after validFrom' }] },
    );
  }
}

/**
 * 409 naming the holder already on the post during part of the period. The exclusion constraint
 * `assignments_no_overlapping_holders` refuses the same, but without a sentence a person can act on.
 */
async function assertNoOverlappingHolder(
  trx: Transaction<DB>,
  access: Access,
  postId: string,
  from: string,
  to: string | null,
  exceptId?: string,
) {
  const [existing] = await repository.overlappingHolders(trx, postId, from, to, exceptId);
  if (existing) {
    throw new AppError(
      'OVERLAPPING_ASSIGNMENT',
      `${capitalised(nameOf(access, existing))} already holds this post ${describePeriod(existing.valid_from, existing.valid_to)}, which overlaps ${describePeriod(from, to)}. A post has one holder at a time: end that assignment first, use a handover, or add this one as interim or deputy.`,
      { body: { conflictingAssignmentId: existing.id } },
    );
  }
}

/** A person starts on a post (scope: the post's organisation; the person may work elsewhere). */
export async function createAssignment(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreateAssignmentBody,
  actor: ActorContext,
): Promise<Assignment> {
  assertMayWriteAtAll(request, access);
  const validTo = body.validTo ?? null;
  const kind = body.kind ?? 'holder';
  assertPeriod(body.validFrom, validTo, 'body.validTo');
  return db.transaction().execute(async (trx) => {
    const post = await lockWritablePost(trx, request, access, body.postId, 'unprocessable');
    if (post.archived_at) {
      throw new AppError(
        'UNPROCESSABLE',
        'The post is archived. Restore it before assigning anyone to it.',
        { errors: [{ field: 'body.postId', message: 'is archived' }] },
      );
    }
    await assertPersonAssignable(trx, access, body.personId, validTo);
    if (kind === 'holder') {
      await assertNoOverlappingHolder(trx, access, post.id, body.validFrom, validTo);
    }
    const id = await repository.insertAssignment(trx, {
      post_id: post.id,
      person_id: body.personId,
      kind,
      valid_from: body.validFrom,
      valid_to: validTo,
      note: body.note ?? null,
    });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'assignment.created',
      entityType: 'assignment',
      entityId: id,
      after,
    });
    return after;
  });
}

/** Locks the assignment's post, checks scope and the version the client read. */
async function loadForChange(
  trx: Transaction<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
) {
  const postId = await repository.postIdOf(trx, id);
  if (!postId) throw notFound('The assignment');
  await lockWritablePost(trx, request, access, postId, 'not-found');
  const stored = await repository.findAssignment(trx, id);
  if (!stored || !canSeePerson(access, stored)) throw notFound('The assignment');
  const before = toAssignment(stored);
  if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);
  return { stored, before };
}

/** Changes dates, kind or note; setting `validTo` on an open assignment ends it. */
export async function updateAssignment(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdateAssignmentBody,
  actor: ActorContext,
): Promise<Assignment> {
  assertMayWriteAtAll(request, access);
  return db.transaction().execute(async (trx) => {
    const { stored, before } = await loadForChange(trx, request, access, id, expectedVersion);
    const from = body.validFrom ?? stored.valid_from;
    const to = body.validTo !== undefined ? body.validTo : stored.valid_to;
    const kind = body.kind ?? stored.kind;
    assertPeriod(from, to, body.validTo !== undefined ? 'body.validTo' : 'body.validFrom');
    if (kind === 'holder') {
      await assertNoOverlappingHolder(trx, access, stored.post_id, from, to, id);
    }
    const updated = await updateIfVersion(trx, 'assignments', id, expectedVersion, {
      ...(body.kind !== undefined && { kind: body.kind }),
      ...(body.validFrom !== undefined && { valid_from: body.validFrom }),
      ...(body.validTo !== undefined && { valid_to: body.validTo }),
      ...(body.note !== undefined && { note: body.note }),
    });
    if (!updated) throw staleVersion(stored.version, before);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action:
        before.validTo === null && after.validTo !== null
          ? 'assignment.ended'
          : 'assignment.updated',
      entityType: 'assignment',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * DELETE never removes history: it ends a current assignment yesterday (Swedish date), so that
 * from today the person no longer holds the post. Future and past assignments are refused with a
 * reason, since "ending" them would mean rewriting their dates (PATCH does that, explicitly).
 */
export async function endAssignment(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<Assignment> {
  assertMayWriteAtAll(request, access);
  return db.transaction().execute(async (trx) => {
    const { stored, before } = await loadForChange(trx, request, access, id, expectedVersion);
    const today = todayInSweden();
    if (stored.valid_from > today) {
      throw new AppError(
        'UNPROCESSABLE',
        `This is a future assignment: it starts on ${stored.valid_from}, so there is nothing to end yet. To cancel or move it, use PATCH to change its dates.`,
      );
    }
    if (stored.valid_to !== null && stored.valid_to < today) {
      throw new AppError(
        'UNPROCESSABLE',
        `This assignment already ended on ${stored.valid_to}. History is kept as it is; use PATCH to correct its dates.`,
      );
    }
    if (stored.valid_from === today) {
      throw new AppError(
        'UNPROCESSABLE',
        `This assignment starts today (${today}); ending it yesterday would leave it without a single day. Use PATCH to change its dates instead.`,
      );
    }
    await updateIfVersion(trx, 'assignments', id, expectedVersion, {
      valid_to: addDays(today, -1),
    });
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'assignment.ended',
      entityType: 'assignment',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Hands the post over in one transaction: the assignment of the same kind (by default the holder)
 * that reaches `date` ends the day before, and the successor starts on `date` with no end date.
 * `date` may be in the future (a planned handover). The post row is locked first, so two handovers
 * of one post are carried out one after the other and the second sees the first.
 */
export async function handOver(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  postId: string,
  body: HandoverBody,
  actor: ActorContext,
): Promise<HandoverResult> {
  assertMayWriteAtAll(request, access);
  const kind = body.kind ?? 'holder';
  const date = body.date;
  return db.transaction().execute(async (trx) => {
    const post = await lockWritablePost(trx, request, access, postId, 'not-found');
    if (post.archived_at) {
      throw new AppError('UNPROCESSABLE', 'The post is archived. Restore it before a handover.');
    }
    const successor = await assertPersonAssignable(trx, access, body.personId, null);
    const reaching = await repository.assignmentsReaching(trx, postId, kind, date);
    const covering = reaching.filter((a) => a.valid_from < date);
    const later = reaching.filter((a) => a.valid_from >= date);
    const role = kind === 'holder' ? 'holds' : `is ${kind} on`;

    const successorAlready = covering.find((a) => a.person_id === successor.id);
    if (successorAlready) {
      throw new AppError(
        'CONFLICT',
        `${capitalised(nameOf(access, successor))} already ${role} this post (${describePeriod(successorAlready.valid_from, successorAlready.valid_to)}), so cannot take it over from ${date}.`,
      );
    }
    const [next] = later;
    if (next) {
      if (covering.length === 0 && next.valid_from <= todayInSweden()) {
        throw new AppError(
          'UNPROCESSABLE',
          `The current ${kind}, ${nameOf(access, next)}, started on ${next.valid_from}; a handover must be dated after that.`,
          { errors: [{ field: 'body.date', message: `must be after ${next.valid_from}` }] },
        );
      }
      const already =
        next.valid_from <= todayInSweden()
          ? `took over as ${kind} on ${next.valid_from}`
          : `is already due to take over as ${kind} on ${next.valid_from}`;
      throw new AppError(
        'CONFLICT',
        `${capitalised(nameOf(access, next))} ${already}, after ${date}, so a handover on ${date} would overlap. Change or end that assignment first.`,
      );
    }
    if (covering.length > 1) {
      throw new AppError(
        'UNPROCESSABLE',
        `${covering.length} people are ${kind} on this post on ${date}; a handover replaces exactly one. End the one you mean with PATCH, then add the new one.`,
      );
    }

    let ended: Assignment | null = null;
    const [current] = covering;
    if (current) {
      const before = toAssignment(current);
      const updated = await updateIfVersion(trx, 'assignments', current.id, current.version, {
        valid_to: addDays(date, -1),
      });
      if (!updated) throw staleVersion(current.version, before);
      ended = await reload(trx, current.id);
      await appendAuditEvent(trx, actor, {
        action: 'assignment.ended',
        entityType: 'assignment',
        entityId: current.id,
        before,
        after: ended,
      });
    }
    const startedId = await repository.insertAssignment(trx, {
      post_id: postId,
      person_id: successor.id,
      kind,
      valid_from: date,
      valid_to: null,
      note: body.note ?? null,
    });
    const started = await reload(trx, startedId);
    await appendAuditEvent(trx, actor, {
      action: 'assignment.created',
      entityType: 'assignment',
      entityId: startedId,
      after: started,
    });
    return { ended, started };
  });
}
