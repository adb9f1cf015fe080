import type { DB } from '@nk/db';
import type { Import, ImportAction, ImportQuery } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { type Access, assertCanWrite, canWriteOrganisation } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { todayInSweden } from '../../lib/dates';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import { csvLines, decodeCsv, detectSeparator, planColumns } from './csv-input';
import { lookalikeFinder } from './lookalikes';
import { presentImport } from './present';
import * as repository from './repository';
import {
  personColumnOf,
  personFields,
  type RowError,
  type RowValues,
  roleFinder,
  rowErrors,
  valuesOf,
} from './row-values';

/** More rows than this is not an organisation's list; the file is refused before any work. */
export const maxImportRows = 20_000;

interface FileRow {
  line: number;
  values: RowValues;
  roleId?: string;
  roleName?: string;
  errors: RowError[];
}

function parseMapping(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const valid =
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => typeof v === 'string');
  if (!valid) {
    throw new AppError('VALIDATION_FAILED', 'The mapping must be a JSON object of strings.', {
      errors: [{ field: 'querystring.mapping', message: 'must be a JSON object of strings' }],
    });
  }
  return parsed as Record<string, string>;
}

/** Reads the file: its column plan, and every line's values and problems. */
async function readFile(
  trx: Transaction<DB>,
  bytes: Uint8Array,
  organisationId: string,
  mappingText: string | undefined,
) {
  const { text, encoding } = decodeCsv(bytes);
  const separator = detectSeparator(text);
  const lines = csvLines(text, separator);
  const heading = await lines.next();
  if (heading.done) {
    throw new AppError('UNPROCESSABLE', 'The file is empty: it needs a heading line and rows.', {
      errors: [{ field: 'body', message: 'is empty' }],
    });
  }
  const plan = planColumns(
    heading.value.cells,
    parseMapping(mappingText),
    await repository.rememberedMapping(trx, organisationId),
  );
  const findRole = roleFinder(await repository.activeRoles(trx));
  const rows: FileRow[] = [];
  const firstLineOf = new Map<string, number>();
  for await (const line of lines) {
    if (rows.length >= maxImportRows) {
      throw new AppError('UNPROCESSABLE', `The file has more than ${maxImportRows} rows.`, {
        errors: [{ field: 'body', message: `has more than ${maxImportRows} rows` }],
      });
    }
    const values = valuesOf(line, plan);
    const role = values.role ? findRole(values.role) : undefined;
    const errors = rowErrors(values, plan, role);
    const seenOn = values.email ? firstLineOf.get(values.email) : undefined;
    if (seenOn !== undefined) {
      errors.push({
        column: plan.headings.get('email') ?? 'email',
        message: `is already on line ${seenOn}: one row per person`,
      });
    } else if (values.email) firstLineOf.set(values.email, line.line);
    rows.push({ line: line.line, values, roleId: role?.id, roleName: role?.name_sv, errors });
  }
  return { plan, encoding, separator, rows, emailsInFile: new Set(firstLineOf.keys()) };
}

/** The changes of a person the file adds: every field it gives, and the role. */
function addedValues(row: FileRow) {
  const changes: Record<string, { from: null; to: string }> = {};
  for (const field of [...personFields, 'email'] as const) {
    const value = row.values[field];
    if (value) changes[field] = { from: null, to: value };
  }
  if (row.roleName) changes.role = { from: null, to: row.roleName };
  return changes;
}

const displayName = (person: { given_name: string; family_name: string }) =>
  `${person.given_name} ${person.family_name}`;

/**
 * Compares the file with the organisation as it stands and records what a commit would do:
 * people are matched by e-mail; a row's role is a post of that role in the organisation; a holder
 * in the organisation whose e-mail is not in the file has their assignment ended the day before
 * the commit. Empty cells change nothing. Nothing in the directory changes until the commit.
 */
export async function previewImport(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  query: ImportQuery,
  bytes: Uint8Array,
  actor: ActorContext,
): Promise<Import> {
  const organisationId = query.organisation;
  assertCanWrite(request, access, [organisationId]);
  const id = await db.transaction().execute(async (trx) => {
    const organisation = await repository.findOrganisation(trx, organisationId);
    if (!organisation) throw notFound('The organisation');
    if (organisation.archived_at) {
      throw new AppError('UNPROCESSABLE', 'The organisation is archived; restore it first.', {
        errors: [{ field: 'querystring.organisation', message: 'is archived' }],
      });
    }
    const file = await readFile(trx, bytes, organisationId, query.mapping);
    const today = todayInSweden();
    const valid = file.rows.filter((row) => row.errors.length === 0);
    const stored = new Map(
      (
        await repository.peopleByEmail(
          trx,
          valid.map((row) => row.values.email ?? ''),
        )
      ).map((p) => [(p.email ?? '').toLowerCase(), p]),
    );
    // Holders now or later; only those who started before today can be ended yesterday.
    const holders = await repository.holdersFrom(trx, organisationId, today);
    const endable = (h: repository.HeldPost) => h.valid_from < today;
    const holdingsOf = new Map<string, repository.HeldPost[]>();
    for (const holder of holders) {
      holdingsOf.set(holder.person_id, [...(holdingsOf.get(holder.person_id) ?? []), holder]);
    }
    const adds = valid.filter((row) => !stored.has(row.values.email ?? ''));
    const resembling = lookalikeFinder(await repository.namesIn(trx, organisationId));
    const lookalikes = new Map(
      adds.flatMap((row) => {
        const match = resembling(row.values.givenName ?? '', row.values.familyName ?? '');
        return match ? [[row.line, match] as const] : [];
      }),
    );

    const records: repository.ImportRowRecord[] = file.rows.map((row) => {
      const base = { line: row.line, data: { values: row.values }, applied: false };
      const email = row.values.email ?? '';
      const person = stored.get(email);
      if (row.errors.length > 0) {
        return { ...base, action: 'error', person_id: null, changes: {}, errors: row.errors };
      }
      if (!person) {
        const lookalike = lookalikes.get(row.line);
        return {
          ...base,
          action: lookalike ? 'duplicate' : 'add',
          person_id: lookalike?.id ?? null,
          data: {
            ...base.data,
            roleId: row.roleId,
            resembles: lookalike && displayName(lookalike),
          },
          changes: addedValues(row),
          errors: [],
        };
      }
      const changes: Record<string, { from: string | null; to: string | null }> = {};
      for (const field of personFields) {
        const to = row.values[field];
        const from = person[personColumnOf[field]];
        if (to !== undefined && to !== from) changes[field] = { from, to };
      }
      if (person.archived_at) changes.archived = { from: 'archived', to: null };
      const ends: { id: string; version: number }[] = [];
      if (row.roleId) {
        const own = holdingsOf.get(person.id) ?? [];
        if (!own.some((h) => h.role_id === row.roleId)) {
          changes.role = {
            from: own.map((h) => h.role_name).join(', ') || null,
            to: row.roleName ?? null,
          };
          ends.push(
            ...own
              .filter(endable)
              .map((h) => ({ id: h.assignment_id, version: h.assignment_version })),
          );
        }
      }
      const fieldChanges = Object.keys(changes).some((key) => key !== 'role');
      if (fieldChanges && !canWriteOrganisation(access, person.organisation_id)) {
        return {
          ...base,
          action: 'error',
          person_id: person.id,
          changes,
          errors: [
            {
              column: file.plan.headings.get('email') ?? 'email',
              message: `belongs to ${displayName(person)} of another organisation, outside your scope: ask their steward to change the details`,
            },
          ],
        };
      }
      const action: ImportAction = Object.keys(changes).length > 0 ? 'change' : 'unchanged';
      return {
        ...base,
        action,
        person_id: person.id,
        data: { ...base.data, roleId: row.roleId, personVersion: person.version, ends },
        changes,
        errors: [],
      };
    });

    const leaving = holders.filter(
      (h) => endable(h) && !file.emailsInFile.has((h.email ?? '').toLowerCase()),
    );
    leaving.forEach((holder, index) => {
      records.push({
        line: -(index + 1),
        action: 'end',
        person_id: holder.person_id,
        data: {
          name: displayName(holder),
          ends: [{ id: holder.assignment_id, version: holder.assignment_version }],
        },
        changes: { role: { from: holder.role_name, to: null } },
        errors: [],
        applied: false,
      });
    });

    const summary = { add: 0, change: 0, end: 0, unchanged: 0, error: 0, duplicate: 0 };
    for (const record of records) summary[record.action] += 1;
    const created = await trx
      .insertInto('imports')
      .values({
        organisation_id: organisationId,
        created_by: access.user.id,
        filename: query.filename ?? null,
        mapping: JSON.stringify(file.plan.mapping),
        summary: JSON.stringify(summary),
        encoding: file.encoding,
        separator: file.separator,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await repository.insertRows(trx, created.id, records);
    await repository.rememberMapping(trx, organisationId, file.plan.mapping);
    await appendAuditEvent(trx, actor, {
      action: 'import.previewed',
      entityType: 'import',
      entityId: created.id,
      after: { organisationId, filename: query.filename ?? null, summary },
    });
    return created.id;
  });
  return presentImport(db, id);
}
