import { type RawBuilder, sql } from 'kysely';

/**
 * `column` is one of `ids`, as one array parameter: the statement text is the same whatever the
 * number of ids, so it is planned once and named (`prepared-statements.ts`) like any other,
 * where `IN ($1, $2, …)` would be a new text for every length.
 */
export function isOneOf(column: string, ids: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = ANY(${ids}::uuid[])`;
}
