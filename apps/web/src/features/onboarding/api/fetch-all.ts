import { apiFetch, type Page } from '../../../lib/api-client';

/** Stops a misbehaving cursor from looping forever; far above the demo register's size. */
const maxPages = 50;

/** Every item of a list endpoint, following `nextCursor` page by page (500 a page). */
export async function fetchAll<T>(
  path: string,
  query: Record<string, string | number | undefined>,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await apiFetch<Page<T>>(path, {
      query: { ...query, limit: 500, cursor },
      signal,
    });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}
