import type { ImportField } from '@nk/shared';
import type { ColumnPlan, CsvLine } from './csv-input';
import type { RoleName } from './repository';

export type RowValues = Partial<Record<ImportField, string>>;

/** The person fields an import compares and changes, and their columns. */
export const personColumnOf = {
  givenName: 'given_name',
  familyName: 'family_name',
  title: 'title',
  phone: 'phone',
  mobile: 'mobile',
} as const;
export const personFields = Object.keys(personColumnOf) as (keyof typeof personColumnOf)[];

/** The columns to write for the person fields a row gives (empty cells change nothing). */
export const personColumns = (values: RowValues) =>
  Object.fromEntries(
    personFields.flatMap((field) =>
      values[field] !== undefined ? [[personColumnOf[field], values[field]]] : [],
    ),
  ) as Partial<Record<(typeof personColumnOf)[keyof typeof personColumnOf], string>>;
export interface RowError {
  column: string;
  message: string;
}

const limits: Partial<Record<ImportField, number>> = {
  givenName: 100,
  familyName: 100,
  email: 254,
  title: 200,
  phone: 40,
  mobile: 40,
};
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9 ()-]{5,40}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** The cells of a line by field, trimmed; empty cells are left out (they change nothing). */
export function valuesOf(line: CsvLine, plan: ColumnPlan): RowValues {
  const values: RowValues = {};
  for (const [index, field] of plan.fields) {
    const cell = line.cells[index]?.trim();
    if (cell) values[field] = field === 'email' ? cell.toLowerCase() : cell;
  }
  return values;
}

export const foldRoleName = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Role by its Swedish or English name, key or a synonym, however it is cased or accented. */
export function roleFinder(roles: readonly RoleName[]) {
  const byName = new Map<string, RoleName>();
  for (const role of roles) {
    for (const name of [role.key, role.name_sv, role.name_en, ...role.synonyms]) {
      const folded = foldRoleName(name);
      if (!byName.has(folded)) byName.set(folded, role);
    }
  }
  return (name: string) => byName.get(foldRoleName(name));
}

/** What is wrong with a row, each problem naming the column as the file heads it. */
export function rowErrors(
  values: RowValues,
  plan: ColumnPlan,
  role: RoleName | undefined,
): RowError[] {
  const errors: RowError[] = [];
  const column = (field: ImportField) => plan.headings.get(field) ?? field;
  for (const field of ['givenName', 'familyName', 'email'] as const) {
    if (!values[field]) errors.push({ column: column(field), message: 'is empty' });
  }
  for (const [field, value] of Object.entries(values) as [ImportField, string][]) {
    if (value.includes('\u0000')) {
      errors.push({ column: column(field), message: 'contains a NUL character' });
      // Nothing of it can be stored, not even in the preview.
      values[field] = value.replaceAll('\u0000', '');
    }
  }
  for (const [field, limit] of Object.entries(limits) as [ImportField, number][]) {
    const value = values[field];
    if (value && value.length > limit) {
      errors.push({ column: column(field), message: `is longer than ${limit} characters` });
    }
  }
  if (values.email && !emailPattern.test(values.email)) {
    errors.push({ column: column('email'), message: 'is not an e-mail address' });
  }
  for (const field of ['phone', 'mobile'] as const) {
    const value = values[field];
    if (value && value.length <= 40 && !phonePattern.test(value)) {
      errors.push({ column: column(field), message: 'is not a phone number' });
    }
  }
  if (values.role && !role) {
    errors.push({
      column: column('role'),
      message: `"${values.role}" is not a role in the catalogue`,
    });
  }
  if (values.validFrom && !isCalendarDate(values.validFrom)) {
    errors.push({ column: column('validFrom'), message: 'is not a date (YYYY-MM-DD)' });
  }
  return errors;
}
