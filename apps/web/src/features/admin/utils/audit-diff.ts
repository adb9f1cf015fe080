/** One line of a readable diff: a field that was added, removed or changed. */
export interface FieldChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Bookkeeping that changes with every write and says nothing to a reader. */
const hiddenFields = new Set(['id', 'version', 'createdAt', 'updatedAt']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);

/**
 * What an audit event changed, field by field: a creation lists the fields it set, a removal
 * those it cleared, an update only those that differ. Snapshots that are not objects compare as
 * one value.
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ field: '', kind: 'changed', before, after }];
  }
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (field) => !hiddenFields.has(field),
  );
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = old[field];
    const to = now[field];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    if (isEmpty(from) && isEmpty(to)) continue;
    if (isEmpty(from)) changes.push({ field, kind: 'added', after: to });
    else if (isEmpty(to)) changes.push({ field, kind: 'removed', before: from });
    else changes.push({ field, kind: 'changed', before: from, after: to });
  }
  return changes;
}

/** The name a snapshot goes by: a person's name, an organisation's, a user's, a file's. */
export function snapshotName(snapshot: unknown): string | null {
  if (!isRecord(snapshot)) return null;
  const text = (key: string) => (typeof snapshot[key] === 'string' ? snapshot[key] : '');
  const person = [text('givenName'), text('familyName')].filter(Boolean).join(' ');
  return (
    person ||
    text('name') ||
    text('displayName') ||
    text('nameSv') ||
    text('email') ||
    text('filename') ||
    null
  );
}
