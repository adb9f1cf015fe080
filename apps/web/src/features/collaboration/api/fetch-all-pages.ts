import { apiFetch, type Page } from '../../../lib/api-client';

/** Stops a misbehaving cursor from looping forever; far above the catalogue's real size. */
const maxPages = 50;
const pageSize = 500;

/** Every item of a list endpoint, following `nextCursor` to the last page. */
export async function fetchAllPages<T>(
  path: string,
  query: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await apiFetch<Page<T>>(path, {
      query: { ...query, limit: pageSize, cursor },
      signal,
    });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}
