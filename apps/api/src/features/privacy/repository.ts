import type { DB } from '@nk/db';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

// ---------------------------------------------------------------------------------------------
// Register extract: everything stored about one user and the person entry linked to it.

/** The account as stored, without the password hash and the invitation token hash. */
export function findAccount(db: Db, userId: string) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.locale',
      'u.person_id',
      'u.disabled_at',
      'u.locked_until',
      'u.failed_login_count',
      'u.last_login_at',
      'u.password_changed_at',
      'u.invite_expires_at',
      'u.created_at',
      'u.updated_at',
    ])
    .select((eb) =>
      eb
        .fn<string[]>('coalesce', [
          eb
            .selectFrom('user_scopes as s')
            .select(
              sql<string[]>`array_agg(s.organisation_id ORDER BY s.organisation_id)`.as('ids'),
            )
            .whereRef('s.user_id', '=', 'u.id'),
          sql`'{}'::uuid[]`,
        ])
        .as('scope_ids'),
    )
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

/** Every assignment of the person, oldest first, with its post, role, organisation and network. */
export function assignmentsOf(db: Db, personId: string) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('posts as po', 'po.id', 'a.post_id')
    .innerJoin('roles as r', 'r.id', 'po.role_id')
    .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
    .leftJoin('networks as n', 'n.id', 'po.network_id')
    .select([
      'a.id as assignment_id',
      'a.kind',
      'a.valid_from',
      'a.valid_to',
      'a.note',
      'a.created_at',
      'a.updated_at',
      'po.id as post_id',
      'po.title as post_title',
      'po.required as post_required',
      'r.id as role_id',
      'r.key as role_key',
      'r.name_sv as role_name_sv',
      'r.name_en as role_name_en',
      'o.id as organisation_id',
      'o.name as organisation_name',
      'o.short_name as organisation_short_name',
      'o.kind as organisation_kind',
      'n.id as network_id',
      'n.name as network_name',
    ])
    .where('a.person_id', '=', personId)
    .orderBy('a.valid_from')
    .orderBy('a.id')
    .execute();
}

export function topicsOf(db: Db, personId: string) {
  return db
    .selectFrom('person_topics as pt')
    .innerJoin('topics as t', 't.id', 'pt.topic_id')
    .select(['t.id', 't.key', 't.kind', 't.name_sv', 't.name_en'])
    .where('pt.person_id', '=', personId)
    .orderBy('t.sort_key')
    .orderBy('t.id')
    .execute();
}

const suggestionColumns = [
  's.id',
  's.entity_type',
  's.entity_id',
  's.field',
  's.message',
  's.status',
  's.organisation_id',
  's.created_by',
  's.created_at',
  's.resolved_by',
  's.resolved_at',
  's.resolution_note',
] as const;

export function suggestionsMadeBy(db: Db, userId: string) {
  return db
    .selectFrom('change_suggestions as s')
    .select(suggestionColumns)
    .where('s.created_by', '=', userId)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
}

export function suggestionsAbout(db: Db, personId: string) {
  return db
    .selectFrom('change_suggestions as s')
    .select(suggestionColumns)
    .where('s.entity_type', '=', 'person')
    .where('s.entity_id', '=', personId)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
}

/** Events the user caused, and events about the user account or the person entry. */
export function auditEventsOf(db: Db, userId: string, personId: string | null) {
  const subjects = personId ? [userId, personId] : [userId];
  return db
    .selectFrom('audit_events as e')
    .select([
      'e.id',
      'e.at',
      'e.action',
      'e.entity_type',
      'e.entity_id',
      'e.actor_id',
      'e.before',
      'e.after',
      'e.request_id',
    ])
    .where((eb) => eb.or([eb('e.actor_id', '=', userId), eb('e.entity_id', 'in', subjects)]))
    .orderBy('e.seq')
    .execute();
}

export function importRowsAbout(db: Db, personId: string) {
  return db
    .selectFrom('import_rows as r')
    .select(['r.import_id', 'r.line', 'r.action', 'r.data', 'r.changes'])
    .where('r.person_id', '=', personId)
    .orderBy('r.import_id')
    .orderBy('r.line')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Erasure

/** The person row, locked for the rest of the transaction. */
export function lockPersonForErasure(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('people')
    .select([
      'id',
      'given_name',
      'family_name',
      'email',
      'phone',
      'mobile',
      'hsa_id',
      'erased_at',
      'version',
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function lockLinkedUser(trx: Transaction<DB>, personId: string) {
  return trx
    .selectFrom('users')
    .select(['id', 'email', 'display_name'])
    .where('person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();
}

export interface Pseudonym {
  givenName: string;
  familyName: string;
}

/** Replaces the person's data with the pseudonym; returns the new version. */
export async function pseudonymisePerson(
  trx: Transaction<DB>,
  id: string,
  pseudonym: Pseudonym,
  erasedAt: Date,
): Promise<number> {
  const row = await trx
    .updateTable('people')
    .set({
      given_name: pseudonym.givenName,
      family_name: pseudonym.familyName,
      title: null,
      email: null,
      phone: null,
      mobile: null,
      phone_visibility: 'network',
      mobile_visibility: 'network',
      bio: null,
      languages: sql<string[]>`'{}'::text[]`,
      hsa_id: null,
      protected: false,
      erased_at: erasedAt,
      archived_at: sql`coalesce(archived_at, ${erasedAt})`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('person_topics').where('person_id', '=', id).execute();
  return row.version;
}

/**
 * Drops the words of the old name from the typo-correction vocabulary unless someone else's name
 * still has them (the trigger only ever adds words). Run after the person's name has changed.
 */
export async function forgetNameWords(trx: Transaction<DB>, oldName: string): Promise<void> {
  await sql`
    DELETE FROM search_words w
    WHERE w.word IN (SELECT regexp_split_to_table(nk_fold(${oldName}), '[ -]+'))
      AND NOT EXISTS (
        SELECT 1 FROM people p
        WHERE p.search_name LIKE '%' || w.word || '%'
          AND w.word = ANY (regexp_split_to_array(p.search_name, '[ -]+')))`.execute(trx);
}

/**
 * The account stays (audit events name their actor), but it no longer is the person: detached,
 * disabled, its tokens revoked, its address and name replaced.
 */
export async function detachUser(
  trx: Transaction<DB>,
  userId: string,
  values: { email: string; displayName: string },
): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      person_id: null,
      email: values.email,
      display_name: values.displayName,
      password_hash: null,
      invite_token_hash: null,
      invite_expires_at: null,
      locked_until: null,
      disabled_at: sql`coalesce(disabled_at, now())`,
      token_version: sql`token_version + 1`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', userId)
    .execute();
}

export function countAssignments(trx: Transaction<DB>, personId: string) {
  return trx
    .selectFrom('assignments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.n));
}

/** What marks a stored text as possibly naming the person. */
export interface Needles {
  /** Matched case- and accent-insensitively (both sides folded like the search columns). */
  texts: string[];
  /** PostgreSQL regular expressions (phone numbers in any punctuation). */
  patterns: string[];
  /** Ids whose mention makes a JSON document worth a look. */
  ids: string[];
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

function mentions(column: RawBuilder<string>, needles: Needles): RawBuilder<boolean> {
  const parts = [
    ...needles.texts.map(
      (text) => sql<boolean>`nk_fold(${column}) LIKE '%' || nk_fold(${escapeLike(text)}) || '%'`,
    ),
    ...needles.patterns.map((pattern) => sql<boolean>`${column} ~ ${pattern}`),
    ...needles.ids.map((id) => sql<boolean>`${column} LIKE ${`%${id}%`}`),
  ];
  return parts.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(parts, sql` OR `)})`;
}

/** Audit events about the person or the account, or whose snapshots mention them. */
export function auditEventsMentioning(trx: Transaction<DB>, subjects: string[], needles: Needles) {
  const text = sql<string>`(coalesce(e.before::text, '') || ' ' || coalesce(e.after::text, ''))`;
  return trx
    .selectFrom('audit_events as e')
    .select(['e.id', 'e.entity_id', 'e.before', 'e.after'])
    .where((eb) => eb.or([eb('e.entity_id', 'in', subjects), mentions(text, needles)]))
    .orderBy('e.seq')
    .execute();
}

export async function rewriteAuditEvent(
  trx: Transaction<DB>,
  id: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await trx
    .updateTable('audit_events')
    .set({
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })
    .where('id', '=', id)
    .execute();
}

export function suggestionsMentioning(trx: Transaction<DB>, personId: string, needles: Needles) {
  const text = sql<string>`(s.message || ' ' || coalesce(s.resolution_note, ''))`;
  return trx
    .selectFrom('change_suggestions as s')
    .select(['s.id', 's.message', 's.resolution_note'])
    .where((eb) =>
      eb.or([
        eb.and([eb('s.entity_type', '=', 'person'), eb('s.entity_id', '=', personId)]),
        mentions(text, needles),
      ]),
    )
    .execute();
}

export async function rewriteSuggestion(
  trx: Transaction<DB>,
  id: string,
  message: string,
  resolutionNote: string | null,
): Promise<void> {
  await trx
    .updateTable('change_suggestions')
    .set({ message, resolution_note: resolutionNote })
    .where('id', '=', id)
    .execute();
}

export function importRowsMentioning(trx: Transaction<DB>, personId: string, needles: Needles) {
  const text = sql<string>`(r.data::text || ' ' || r.changes::text || ' ' || r.errors::text)`;
  return trx
    .selectFrom('import_rows as r')
    .select(['r.import_id', 'r.line', 'r.person_id', 'r.data', 'r.changes', 'r.errors'])
    .where((eb) => eb.or([eb('r.person_id', '=', personId), mentions(text, needles)]))
    .execute();
}

export async function rewriteImportRow(
  trx: Transaction<DB>,
  key: { importId: string; line: number },
  values: { data: unknown; changes: unknown; errors: unknown },
): Promise<void> {
  await trx
    .updateTable('import_rows')
    .set({
      data: JSON.stringify(values.data),
      changes: JSON.stringify(values.changes),
      errors: JSON.stringify(values.errors),
    })
    .where('import_id', '=', key.importId)
    .where('line', '=', key.line)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Retention

/**
 * People not yet erased whose every assignment ended before `cutoff` (so they hold nothing now
 * or later) and who had at least one.
 */
export async function expiredPeople(db: Kysely<DB>, cutoff: string): Promise<string[]> {
  const rows = await db
    .selectFrom('people as p')
    .innerJoin('assignments as a', 'a.person_id', 'p.id')
    .select('p.id')
    .where('p.erased_at', 'is', null)
    .groupBy('p.id')
    .having(sql<boolean>`bool_and(a.valid_to IS NOT NULL AND a.valid_to < ${cutoff}::date)`)
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.id);
}

/** `today` minus `months` calendar months, as `YYYY-MM-DD` (end-of-month days clamp). */
export async function monthsBefore(db: Kysely<DB>, today: string, months: number) {
  const { rows } = await sql<{ cutoff: string }>`
    SELECT to_char(${today}::date - make_interval(months => ${months}), 'YYYY-MM-DD') AS cutoff
  `.execute(db);
  return (rows[0] as { cutoff: string }).cutoff;
}
