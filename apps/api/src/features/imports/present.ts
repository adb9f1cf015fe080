import type { DB } from '@nk/db';
import type { Import, ImportRow, ImportSummary } from '@nk/shared';
import type { Kysely, Transaction } from 'kysely';
import { notFound } from '../../lib/app-error';
import * as repository from './repository';

const nameOf = (row: repository.ImportRowRecord): string => {
  const values = (row.data.values ?? {}) as Record<string, string | undefined>;
  const name = [values.givenName, values.familyName].filter(Boolean).join(' ');
  return name || (row.data.name as string | undefined) || '';
};

function toRow(row: repository.ImportRowRecord): ImportRow {
  return {
    line: row.line > 0 ? row.line : null,
    action: row.action,
    ...(row.person_id && { personId: row.person_id }),
    name: nameOf(row),
    changes: row.changes as ImportRow['changes'],
    errors: row.errors,
  };
}

/** An import with every row, as the preview, commit and undo answer it. */
export async function presentImport(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Import> {
  const stored = await repository.findImport(db, id);
  if (!stored) throw notFound('The import');
  const rows = await repository.rowsOf(db, id);
  return {
    id: stored.id,
    organisationId: stored.organisation_id,
    status: stored.status === 'committed' || stored.status === 'undone' ? stored.status : 'preview',
    filename: stored.filename,
    encoding: stored.encoding,
    separator: stored.separator,
    mapping: stored.mapping,
    summary: stored.summary as ImportSummary,
    ...(stored.applied && { applied: stored.applied as ImportSummary }),
    rows: rows.map(toRow),
    createdAt: stored.created_at.toISOString(),
    committedAt: stored.committed_at?.toISOString() ?? null,
    undoneAt: stored.undone_at?.toISOString() ?? null,
  };
}
