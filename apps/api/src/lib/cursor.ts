import { AppError } from './app-error';

/** Opaque keyset cursor: the sort values of the last row of a page, base64url-encoded JSON. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is not one this API issued.', {
    errors: [{ field: 'querystring.cursor', message: 'must be a cursor from a previous page' }],
  });
}

/** Splits one row more than asked for into the page and the cursor of the next one. */
export function toPage<T>(
  rows: T[],
  limit: number,
  cursorOf: (row: T) => (string | number)[],
): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(cursorOf(items[items.length - 1] as T)) };
}
