import { type CsvSeparator, type PeopleCsvColumn, peopleCsvColumns } from '@nk/shared';
import { stringify } from 'csv-stringify/sync';
import type { ContactCard } from './contact';
import { describePost } from './vcard';

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one) gets a leading apostrophe, so it stays text (OWASP "CSV injection").
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const delimiters: Record<CsvSeparator, string> = { comma: ',', semicolon: ';' };

function toRow({ person, posts }: ContactCard): Record<PeopleCsvColumn, string> {
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    title: person.title ?? '',
    organisation: person.organisation.name,
    email: person.email ?? '',
    phone: person.phone ?? '',
    mobile: person.mobile ?? '',
    posts: posts.map(describePost).join('\n'),
    archivedAt: person.archivedAt ?? '',
    updatedAt: person.updatedAt,
  };
}

/**
 * The people as CSV: UTF-8 with a byte order mark (so Excel reads å, ä, ö right), a header row
 * of the English column keys, CRLF records, RFC 4180 quoting (a field with the separator, a
 * quote or any line break is quoted) and every cell neutralised against formula injection.
 */
export function toCsv(cards: ContactCard[], separator: CsvSeparator): string {
  const rows = cards.map((card) => {
    const row = toRow(card);
    for (const column of peopleCsvColumns) row[column] = neutralise(row[column]);
    return row;
  });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...peopleCsvColumns],
    delimiter: delimiters[separator],
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter itself; a lone LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
  });
}
