import { type ImportField, importFields } from '@nk/shared';
import { parse } from 'csv-parse';
import { AppError } from '../../lib/app-error';

export type Encoding = 'utf-8' | 'windows-1252';
export type Separator = ',' | ';';

/**
 * The text of an uploaded file. Excel on Swedish Windows saves "CSV" as Windows-1252, everything
 * else as UTF-8 (with or without a byte-order mark): bytes that are not valid UTF-8 are read as
 * Windows-1252, which gives every byte a character.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** `;` when the heading line has more semicolons than commas (Swedish Excel), `,` otherwise. */
export function detectSeparator(text: string): Separator {
  const end = text.search(/\r?\n/);
  const heading = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (char: string) => heading.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const fold = (heading: string) =>
  heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Headings recognised without a mapping: the API's field names and their Swedish labels. */
const headingAliases: Record<string, ImportField> = {
  ...Object.fromEntries(importFields.map((field) => [fold(field), field])),
  fornamn: 'givenName',
  efternamn: 'familyName',
  epost: 'email',
  epostadress: 'email',
  mejladress: 'email',
  mail: 'email',
  mejl: 'email',
  titel: 'title',
  befattning: 'title',
  telefon: 'phone',
  mobil: 'mobile',
  mobiltelefon: 'mobile',
  roll: 'role',
  fran: 'validFrom',
  frandatum: 'validFrom',
  startdatum: 'validFrom',
};

export interface ColumnPlan {
  /** Column index → field, for the columns that are read. */
  fields: Map<number, ImportField>;
  /** Field → the heading of its column, to name the column in a row's errors. */
  headings: Map<ImportField, string>;
  /** Heading → field ('' for ignored), the mapping to remember for the organisation. */
  mapping: Record<string, string>;
}

/**
 * Which column holds which field: the caller's mapping first, then the organisation's remembered
 * one, then the recognised headings. 422 when a required field has no column, or two columns
 * claim one field.
 */
export function planColumns(
  headings: readonly string[],
  ...mappings: (Record<string, string> | undefined)[]
): ColumnPlan {
  const fields = new Map<number, ImportField>();
  const byField = new Map<ImportField, string>();
  const mapping: Record<string, string> = {};
  const errors: { field: string; message: string }[] = [];
  headings.forEach((raw, index) => {
    const heading = raw.trim();
    const chosen = mappings.find((m) => m && heading in m)?.[heading];
    const field = chosen !== undefined ? chosen : headingAliases[fold(heading)];
    if (!field) return;
    if (!(importFields as readonly string[]).includes(field)) {
      errors.push({ field: `mapping.${heading}`, message: `is not a field (${field})` });
      return;
    }
    const known = field as ImportField;
    if (byField.has(known)) {
      errors.push({
        field: `mapping.${heading}`,
        message: `maps to ${known}, like the column "${byField.get(known)}"`,
      });
      return;
    }
    fields.set(index, known);
    byField.set(known, heading);
    mapping[heading] = known;
  });
  for (const required of ['givenName', 'familyName', 'email'] as const) {
    if (!byField.has(required)) {
      errors.push({ field: `mapping.${required}`, message: 'has no column in the file' });
    }
  }
  if (errors.length > 0) {
    throw new AppError(
      'UNPROCESSABLE',
      'The columns of the file could not be matched to fields: name the missing ones with a ' +
        'mapping (for example {"Namn":"givenName"}).',
      { errors },
    );
  }
  return { fields, headings: byField, mapping };
}

export interface CsvLine {
  line: number;
  cells: string[];
}

/** The rows of the file with their line numbers, parsed as they are read (RFC 4180 quoting). */
export async function* csvLines(text: string, separator: Separator): AsyncGenerator<CsvLine> {
  const parser = parse(text, {
    delimiter: separator,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('UNPROCESSABLE', `The file is not valid CSV: ${message}`, {
      errors: [{ field: 'body', message }],
    });
  }
}
