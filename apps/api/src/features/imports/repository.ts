import type { DB } from '@nk/db';
import type { ImportAction } from '@nk/shared';
import { type Kysely, sql, type Transaction } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

/** Rows go to the database in slices this long, so no statement grows with the file. */
export const batchSize = 1000;

export function* slices<T>(items: readonly T[], size = batchSize): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) {
    yield items.slice(start, start + size);
  }
}

export interface StoredPerson {
  id: string;
  given_name: string;
  family_name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  organisation_id: string;
  archived_at: Date | null;
  version: number;
}

const personColumns = [
  'id',
  'given_name',
  'family_name',
  'title',
  'email',
  'phone',
  'mobile',
  'organisation_id',
  'archived_at',
  'version',
] as const;

/** People by e-mail address, case-insensitively (the unique index on `lower(email)` serves it). */
export async function peopleByEmail(db: Db, emails: readonly string[]): Promise<StoredPerson[]> {
  const found: StoredPerson[] = [];
  for (const slice of slices(emails)) {
    found.push(
      ...(await db
        .selectFrom('people')
        .select(personColumns)
        .where(sql<boolean>`lower(email) = ANY(${slice}::text[])`)
        .execute()),
    );
  }
  return found;
}

export async function peopleByIds(db: Db, ids: readonly string[]): Promise<StoredPerson[]> {
  const found: StoredPerson[] = [];
  for (const slice of slices(ids)) {
    found.push(
      ...(await db
        .selectFrom('people')
        .select(personColumns)
        .where(sql<boolean>`id = ANY(${slice}::uuid[])`)
        .execute()),
    );
  }
  return found;
}

/** The names of the organisation's people, to find possible duplicates among (protected left out). */
export function namesIn(db: Db, organisationId: string) {
  return db
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name'])
    .where('organisation_id', '=', organisationId)
    .where('erased_at', 'is', null)
    .where('protected', '=', false)
    .execute();
}

export interface HeldPost {
  assignment_id: string;
  assignment_version: number;
  valid_from: string;
  valid_to: string | null;
  post_id: string;
  role_id: string;
  role_name: string;
  person_id: string;
  email: string | null;
  given_name: string;
  family_name: string;
}

/** The holder assignments on the organisation's posts that are current on `day` or start later. */
export async function holdersFrom(
  db: Db,
  organisationId: string,
  day: string,
): Promise<HeldPost[]> {
  const { rows } = await sql<HeldPost>`
    SELECT a.id AS assignment_id, a.version AS assignment_version,
      to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from,
      to_char(a.valid_to, 'YYYY-MM-DD') AS valid_to,
      po.id AS post_id, po.role_id, r.name_sv AS role_name,
      pe.id AS person_id, pe.email, pe.given_name, pe.family_name
    FROM assignments a
    JOIN posts po ON po.id = a.post_id
    JOIN roles r ON r.id = po.role_id
    JOIN people pe ON pe.id = a.person_id
    WHERE po.organisation_id = ${organisationId} AND po.archived_at IS NULL
      AND a.kind = 'holder' AND (a.valid_to IS NULL OR a.valid_to >= ${day}::date)
    ORDER BY a.valid_from, a.id`.execute(db);
  return rows;
}

/** The organisation's posts in use, oldest first: a file's roles are filled into these. */
export async function postsOf(db: Db, organisationId: string) {
  return db
    .selectFrom('posts')
    .select(['id', 'role_id'])
    .where('organisation_id', '=', organisationId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export interface RoleName {
  id: string;
  key: string;
  name_sv: string;
  name_en: string;
  synonyms: string[];
}

export function activeRoles(db: Db): Promise<RoleName[]> {
  return db
    .selectFrom('roles')
    .select(['id', 'key', 'name_sv', 'name_en', 'synonyms'])
    .where('archived_at', 'is', null)
    .execute();
}

export function findOrganisation(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'archived_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function rememberedMapping(db: Db, organisationId: string) {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.mapping;
}

export async function rememberMapping(
  db: Db,
  organisationId: string,
  mapping: Record<string, string>,
) {
  await db
    .insertInto('import_mappings')
    .values({
      organisation_id: organisationId,
      mapping: JSON.stringify(mapping),
      updated_at: sql`now()`,
    })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        mapping: JSON.stringify(mapping),
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

export interface ImportRowRecord {
  line: number;
  action: ImportAction;
  person_id: string | null;
  data: Record<string, unknown>;
  changes: Record<string, unknown>;
  errors: { column: string; message: string }[];
  applied: boolean;
}

export async function insertRows(trx: Transaction<DB>, importId: string, rows: ImportRowRecord[]) {
  for (const slice of slices(rows)) {
    await trx
      .insertInto('import_rows')
      .values(
        slice.map((row) => ({
          import_id: importId,
          line: row.line,
          action: row.action,
          person_id: row.person_id,
          data: JSON.stringify(row.data),
          changes: JSON.stringify(row.changes),
          errors: JSON.stringify(row.errors),
          applied: row.applied,
        })),
      )
      .execute();
  }
}

export function findImport(db: Db, id: string) {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockImport(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('imports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function rowsOf(db: Db, importId: string): Promise<ImportRowRecord[]> {
  const rows = await db
    .selectFrom('import_rows')
    .select(['line', 'action', 'person_id', 'data', 'changes', 'errors', 'applied'])
    .where('import_id', '=', importId)
    .orderBy(sql`line < 0`)
    .orderBy(sql`abs(line)`)
    .execute();
  return rows as ImportRowRecord[];
}

/** Marks rows applied and merges what the commit did into their data, for undo. */
export async function markApplied(
  trx: Transaction<DB>,
  importId: string,
  rows: { line: number; person_id: string | null; done: Record<string, unknown> }[],
) {
  for (const slice of slices(rows)) {
    await sql`
      UPDATE import_rows r
      SET applied = true, person_id = coalesce(v.person_id, r.person_id),
        data = r.data || jsonb_build_object('done', v.done)
      FROM jsonb_to_recordset(${JSON.stringify(slice)}::jsonb)
        AS v(line int, person_id uuid, done jsonb)
      WHERE r.import_id = ${importId} AND r.line = v.line`.execute(trx);
  }
}
