import type { DB } from '@nk/db';
import type { ErasureResult } from '@nk/shared';
import type { Kysely, Transaction } from 'kysely';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import { findPerson } from '../people/repository';
import { toPerson } from '../people/service';
import * as repository from './repository';
import {
  type ErasureSubject,
  erasedUserEmail,
  fullName,
  needlesFor,
  pseudonymFor,
  scrubberFor,
} from './scrub';

export interface EraseOptions {
  actor: ActorContext;
  /** The version the client read (If-Match); retention, which reads and erases at once, omits it. */
  expectedVersion?: number;
  /** Why: an administrator's decision or the retention rule. Goes into the audit event. */
  reason: 'request' | 'retention';
}

/**
 * Erases a person (GDPR art. 17) in one transaction, keeping the history of the posts:
 * - the person row keeps its id, employer and assignments, but its name becomes a pseudonym
 *   (`Borttagen person 7F3A`) and every other personal field is cleared; topics are removed;
 * - a linked user account is detached, disabled and its tokens revoked; its e-mail address and
 *   display name are replaced (the row stays, since audit events name their actor);
 * - audit snapshots, import rows and change suggestions that name the person are rewritten;
 * - the old name's words leave the search vocabulary unless someone else still has them;
 * - one `person.erased` audit event, which holds no personal data, records it.
 * 404 for an unknown person, 409 when already erased, 412 on a stale version.
 */
export async function erasePerson(
  db: Kysely<DB>,
  personId: string,
  options: EraseOptions,
): Promise<ErasureResult> {
  return db.transaction().execute(async (trx) => {
    const person = await repository.lockPersonForErasure(trx, personId);
    if (!person) throw notFound('The person');
    if (person.erased_at) {
      throw new AppError('CONFLICT', 'The person has already been erased.');
    }
    if (options.expectedVersion !== undefined && options.expectedVersion !== person.version) {
      const current = await findPerson(trx, personId);
      throw staleVersion(person.version, current ? toPerson(current) : { id: personId });
    }
    const user = await repository.lockLinkedUser(trx, personId);
    const subject: ErasureSubject = {
      personId,
      userId: user?.id ?? null,
      givenName: person.given_name,
      familyName: person.family_name,
      email: person.email,
      phone: person.phone,
      mobile: person.mobile,
      hsaId: person.hsa_id,
      userEmail: user?.email ?? null,
      userDisplayName: user?.display_name ?? null,
    };
    const pseudonym = pseudonymFor(personId);
    const replacements = { pseudonym, userEmail: user ? erasedUserEmail(user.id) : '' };
    const scrub = scrubberFor(subject, replacements);
    const needles = needlesFor(subject);

    const erasedAt = new Date();
    const version = await repository.pseudonymisePerson(trx, personId, pseudonym, erasedAt);
    await repository.forgetNameWords(trx, `${person.given_name} ${person.family_name}`);
    if (user) {
      await repository.detachUser(trx, user.id, {
        email: replacements.userEmail,
        displayName: fullName(pseudonym),
      });
    }
    const rewritten = await rewriteMentions(trx, subject, needles, scrub);

    const result: ErasureResult = {
      personId,
      givenName: pseudonym.givenName,
      familyName: pseudonym.familyName,
      erasedAt: erasedAt.toISOString(),
      userId: user?.id ?? null,
      assignmentsKept: await repository.countAssignments(trx, personId),
      rewritten,
      version,
    };
    // Written last, so that the rewriting above never touches it: it holds nothing personal.
    await appendAuditEvent(trx, options.actor, {
      action: 'person.erased',
      entityType: 'person',
      entityId: personId,
      after: { ...result, reason: options.reason },
    });
    return result;
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function rewriteMentions(
  trx: Transaction<DB>,
  subject: ErasureSubject,
  needles: repository.Needles,
  scrub: ReturnType<typeof scrubberFor>,
) {
  const subjects = [subject.personId, ...(subject.userId ? [subject.userId] : [])];
  let auditEvents = 0;
  for (const event of await repository.auditEventsMentioning(trx, subjects, needles)) {
    const about = event.entity_id === subject.personId ? 'root' : false;
    const before = scrub.json(event.before, about);
    const after = scrub.json(event.after, about);
    if (same(before, event.before) && same(after, event.after)) continue;
    await repository.rewriteAuditEvent(trx, event.id, before, after);
    auditEvents++;
  }

  let suggestions = 0;
  for (const s of await repository.suggestionsMentioning(trx, subject.personId, needles)) {
    // The reporter's words stay, minus the person's name, address and numbers.
    const message = scrub.text(s.message).slice(0, 4000);
    const note = s.resolution_note === null ? null : scrub.text(s.resolution_note);
    if (message === s.message && note === s.resolution_note) continue;
    await repository.rewriteSuggestion(trx, s.id, message, note);
    suggestions++;
  }

  let importRows = 0;
  for (const row of await repository.importRowsMentioning(trx, subject.personId, needles)) {
    const about = row.person_id === subject.personId ? 'all' : false;
    const values = {
      data: scrub.json(row.data, about),
      changes: scrub.json(row.changes, about),
      errors: scrub.json(row.errors),
    };
    const unchanged =
      same(values.data, row.data) &&
      same(values.changes, row.changes) &&
      same(values.errors, row.errors);
    if (unchanged) continue;
    await repository.rewriteImportRow(trx, { importId: row.import_id, line: row.line }, values);
    importRows++;
  }
  // A merge keeps both entries' fields from before it, to undo it: those are personal too.
  const merges = await trx
    .selectFrom('person_merges')
    .select(['id', 'survivor_id', 'merged_id', 'survivor_before', 'merged_before'])
    .where((eb) =>
      eb.or([eb('survivor_id', '=', subject.personId), eb('merged_id', '=', subject.personId)]),
    )
    .execute();
  for (const merge of merges) {
    await trx
      .updateTable('person_merges')
      .set({
        survivor_before: JSON.stringify(
          scrub.json(merge.survivor_before, merge.survivor_id === subject.personId ? 'all' : false),
        ),
        merged_before: JSON.stringify(
          scrub.json(merge.merged_before, merge.merged_id === subject.personId ? 'all' : false),
        ),
      })
      .where('id', '=', merge.id)
      .execute();
  }
  return { auditEvents, suggestions, importRows };
}
