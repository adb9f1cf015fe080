import type { Person } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';

/** How many changed people the start page lists. */
export const recentListSize = 5;
const day = 24 * 60 * 60 * 1000;
/** Narrow windows first: the change feed lists oldest first, and we want the newest. */
const windowsInDays = [1, 7, 30];
const pageSize = 200;
const maxPages = 10;

/**
 * The people changed most recently, newest first, within the last 30 days. The API's change
 * feed (`updatedSince`) runs oldest first, so this reads the narrowest window that holds enough
 * changes to its end and keeps the last ones.
 */
export async function getRecentPeople(now: number, signal?: AbortSignal): Promise<Person[]> {
  let found: Person[] = [];
  for (const days of windowsInDays) {
    const since = new Date(now - days * day).toISOString();
    found = [];
    let cursor: string | null = null;
    for (let page = 0; page < maxPages; page++) {
      const result: Page<Person> = await apiFetch<Page<Person>>('/people', {
        query: { updatedSince: since, limit: pageSize, cursor },
        signal,
      });
      found.push(...result.items);
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    if (found.length >= recentListSize) break;
  }
  return found
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    .slice(0, recentListSize);
}

export const recentPeopleQueryOptions = () =>
  queryOptions({
    queryKey: ['people', 'recent', recentListSize] as const,
    queryFn: ({ signal }) => getRecentPeople(Date.now(), signal),
  });

export function useRecentPeople() {
  return useQuery(recentPeopleQueryOptions());
}
