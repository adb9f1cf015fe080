import type { SearchResult } from '@nk/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { reviewKey } from './get-review-queue';

/** People whose name, e-mail or phone matches what was typed, for the merge's pickers. */
export function searchPeople(q: string, signal?: AbortSignal): Promise<SearchResult> {
  return apiFetch<SearchResult>('/search', {
    query: { q: q.trim(), type: 'person', limit: 10 },
    signal,
  });
}

export const peopleSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: [...reviewKey, 'people-search', q.trim().toLowerCase()] as const,
    queryFn: ({ signal }) => searchPeople(q, signal),
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
  });

export function usePeopleSearch(q: string) {
  return useQuery({ ...peopleSearchQueryOptions(q), placeholderData: keepPreviousData });
}
