import type { DB } from '@nk/db';
import type { ExtractSuggestion, RegisterExtract } from '@nk/shared';
import type { Kysely } from 'kysely';
import type { AuthUser } from '../../plugins/auth';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import { findPerson } from '../people/repository';
import { toPerson } from '../people/service';
import * as repository from './repository';

const iso = (value: Date | null) => value?.toISOString() ?? null;

const about =
  'Registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR): allt Nätverkskatalogen ' +
  'lagrar om dig. / Register extract under article 15 GDPR: everything the directory stores ' +
  'about you.';

type SuggestionRow = Awaited<ReturnType<typeof repository.suggestionsMadeBy>>[number];

function toSuggestion(row: SuggestionRow): ExtractSuggestion {
  return {
    id: row.id,
    targetType: row.entity_type,
    targetId: row.entity_id,
    field: row.field,
    message: row.message,
    status: row.status,
    organisationId: row.organisation_id,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    resolvedBy: row.resolved_by,
    resolvedAt: iso(row.resolved_at),
    resolutionNote: row.resolution_note,
  };
}

/** Everything stored about the signed-in user and their person entry, as of now. */
export async function registerExtract(db: Kysely<DB>, user: AuthUser): Promise<RegisterExtract> {
  const account = await repository.findAccount(db, user.id);
  // The token was valid a moment ago; an account cannot disappear (users are never deleted).
  if (!account) throw new Error(`user ${user.id} vanished`);
  const personId = account.person_id;
  const [personRow, assignments, topics, made, aboutThem, events, importRows] = await Promise.all([
    personId ? findPerson(db, personId) : undefined,
    personId ? repository.assignmentsOf(db, personId) : [],
    personId ? repository.topicsOf(db, personId) : [],
    repository.suggestionsMadeBy(db, user.id),
    personId ? repository.suggestionsAbout(db, personId) : [],
    repository.auditEventsOf(db, user.id, personId),
    personId ? repository.importRowsAbout(db, personId) : [],
  ]);
  return {
    generatedAt: new Date().toISOString(),
    about,
    account: {
      id: account.id,
      email: account.email,
      displayName: account.display_name,
      role: account.role,
      locale: account.locale,
      personId: account.person_id,
      scopeOrganisationIds: account.scope_ids ?? [],
      disabledAt: iso(account.disabled_at),
      lockedUntil: iso(account.locked_until),
      failedLoginCount: account.failed_login_count,
      lastLoginAt: iso(account.last_login_at),
      passwordChangedAt: iso(account.password_changed_at),
      invitationExpiresAt: iso(account.invite_expires_at),
      createdAt: account.created_at.toISOString(),
      updatedAt: account.updated_at.toISOString(),
    },
    // Their own entry, every number included: visibility rules protect them from others.
    person: personRow ? toPerson(personRow) : null,
    assignments: assignments.map((a) => ({
      assignmentId: a.assignment_id,
      kind: a.kind,
      validFrom: a.valid_from,
      validTo: a.valid_to,
      note: a.note,
      post: { id: a.post_id, title: a.post_title, required: a.post_required },
      role: { id: a.role_id, key: a.role_key, nameSv: a.role_name_sv, nameEn: a.role_name_en },
      organisation: {
        id: a.organisation_id,
        name: a.organisation_name,
        shortName: a.organisation_short_name,
        kind: a.organisation_kind,
      },
      network: a.network_id && a.network_name ? { id: a.network_id, name: a.network_name } : null,
      createdAt: a.created_at.toISOString(),
      updatedAt: a.updated_at.toISOString(),
    })),
    topics: topics.map((t) => ({
      id: t.id,
      key: t.key,
      kind: t.kind,
      nameSv: t.name_sv,
      nameEn: t.name_en,
    })),
    suggestionsMade: made.map(toSuggestion),
    suggestionsAbout: aboutThem.map(toSuggestion),
    auditEvents: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      entityType: e.entity_type,
      entityId: e.entity_id,
      actorId: e.actor_id,
      before: e.before,
      after: e.after,
      requestId: e.request_id,
    })),
    importRows: importRows.map((r) => ({
      importId: r.import_id,
      line: r.line,
      action: r.action,
      data: r.data,
      changes: r.changes,
    })),
  };
}

/**
 * The extract, with an audit event saying who downloaded personal data and how much: the
 * download itself is a processing of personal data worth a trace.
 */
export async function exportOwnData(
  db: Kysely<DB>,
  user: AuthUser,
  actor: ActorContext,
): Promise<RegisterExtract> {
  const extract = await registerExtract(db, user);
  await appendAuditEvent(db, actor, {
    action: 'gdpr.extract',
    entityType: extract.person ? 'person' : 'user',
    entityId: extract.person?.id ?? user.id,
    after: {
      userId: user.id,
      personId: extract.person?.id ?? null,
      counts: {
        assignments: extract.assignments.length,
        suggestionsMade: extract.suggestionsMade.length,
        suggestionsAbout: extract.suggestionsAbout.length,
        auditEvents: extract.auditEvents.length,
        importRows: extract.importRows.length,
      },
    },
  });
  return extract;
}
