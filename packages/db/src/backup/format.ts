/**
 * The snapshot file: one JSON document laid out one record per line, so that it can be written
 * and read back a page at a time however large the directory is:
 *
 *   {"format":"natverkskatalogen-backup","formatVersion":1,"migrations":[…],"tables":[
 *   {"name":"organisations","primaryKey":["id"],"columns":[…],"rowCount":2,"rows":[
 *   {"id":"…","name":"Region Sörmland",…},
 *   {"id":"…","name":"Eskilstuna kommun",…}
 *   ]},
 *   …
 *   ]}
 *
 * Tables come in foreign-key order and rows in primary-key order; generated columns are left out
 * (the database computes them again). Nothing in the file depends on when or where it was taken,
 * so two backups of the same data are the same bytes.
 */

export const snapshotFormat = 'natverkskatalogen-backup';
export const snapshotFormatVersion = 1;

export interface SnapshotHeader {
  format: typeof snapshotFormat;
  formatVersion: number;
  /** Names of the migrations applied to the database the snapshot was taken from, in order. */
  migrations: string[];
}

export interface SnapshotTableHeader {
  name: string;
  primaryKey: string[];
  /** The stored (not generated) columns, in the table's column order. */
  columns: string[];
  rowCount: number;
}

/** A snapshot that cannot be read, or a database that cannot take it; the message says why. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

const headerEnd = ',"tables":[';
const tableHeaderEnd = ',"rows":[';
const tableEnd = ']}';
export const snapshotEnd = ']}';

export function formatHeader(migrations: readonly string[]): string {
  const header: SnapshotHeader = {
    format: snapshotFormat,
    formatVersion: snapshotFormatVersion,
    migrations: [...migrations],
  };
  return `${JSON.stringify(header).slice(0, -1)}${headerEnd}\n`;
}

export function formatTableHeader(table: SnapshotTableHeader): string {
  const { name, primaryKey, columns, rowCount } = table;
  const json = JSON.stringify({ name, primaryKey, columns, rowCount });
  return `${json.slice(0, -1)}${tableHeaderEnd}\n`;
}

/** Closes a table's row list; `last` leaves out the comma before the next table. */
export const formatTableEnd = (last: boolean) => `${tableEnd}${last ? '' : ','}\n`;

const notASnapshot = (what: string) =>
  new SnapshotError(
    `This file is not a Nätverkskatalogen backup (${what}). ` +
      'Restore reads the files that `npm run backup` writes, unchanged.',
  );

function parseObject(line: string, end: string, what: string): Record<string, unknown> {
  if (!line.startsWith('{') || !line.endsWith(end)) throw notASnapshot(what);
  try {
    const value: unknown = JSON.parse(`${line.slice(0, -end.length)}}`);
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch {}
  throw notASnapshot(what);
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads the first line; a snapshot of another format version is refused with a sentence. */
export function parseHeader(line: string | undefined): SnapshotHeader {
  const what = 'its first line is not a snapshot header';
  if (line === undefined) throw notASnapshot('it is empty');
  const header = parseObject(line, headerEnd, what);
  if (header.format !== snapshotFormat) throw notASnapshot(what);
  if (header.formatVersion !== snapshotFormatVersion) {
    throw new SnapshotError(
      `This backup has format version ${String(header.formatVersion)}, but this version of ` +
        `Nätverkskatalogen reads format version ${snapshotFormatVersion} only. ` +
        'Restore it with the version of Nätverkskatalogen that wrote it.',
    );
  }
  if (!isStringArray(header.migrations)) throw notASnapshot('its header lists no migrations');
  return {
    format: snapshotFormat,
    formatVersion: snapshotFormatVersion,
    migrations: header.migrations,
  };
}

export function parseTableHeader(line: string, lineNumber: number): SnapshotTableHeader {
  const what = `line ${lineNumber} should start a table`;
  const table = parseObject(line, tableHeaderEnd, what);
  const { name, primaryKey, columns, rowCount } = table;
  if (
    typeof name !== 'string' ||
    !isStringArray(primaryKey) ||
    !isStringArray(columns) ||
    typeof rowCount !== 'number' ||
    !Number.isInteger(rowCount) ||
    rowCount < 0
  ) {
    throw notASnapshot(what);
  }
  return { name, primaryKey, columns, rowCount };
}

/** A row's JSON, or `null` at the line that ends the table's rows. */
export function parseRowLine(line: string, lastTable: boolean, lineNumber: number): string | null {
  if (line === formatTableEnd(lastTable).trimEnd()) return null;
  const row = line.endsWith(',') ? line.slice(0, -1) : line;
  if (!row.startsWith('{') || !row.endsWith('}')) {
    throw notASnapshot(`line ${lineNumber} is neither a row nor the end of a table`);
  }
  return row;
}

export function expectSnapshotEnd(line: string | undefined, lineNumber: number): void {
  if (line !== snapshotEnd) {
    throw notASnapshot(
      line === undefined ? 'it ends too early' : `line ${lineNumber} should end the file`,
    );
  }
}
