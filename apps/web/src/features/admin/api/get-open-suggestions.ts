import type { Suggestion } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';

/** One page is enough for a count on the admin home: beyond it we say "more than". */
export const openSuggestionsPageSize = 200;

export interface OpenSuggestionsCount {
  count: number;
  /** More exist than were counted. */
  more: boolean;
}

/** How many "this is wrong" reports wait for the caller (their organisations, or all for admins). */
export async function getOpenSuggestionsCount(signal?: AbortSignal): Promise<OpenSuggestionsCount> {
  const data = await apiFetch<Page<Suggestion>>('/suggestions', {
    query: { status: 'open', limit: openSuggestionsPageSize },
    signal,
  });
  return { count: data.items.length, more: data.nextCursor !== null };
}

export const openSuggestionsCountQueryOptions = () =>
  queryOptions({
    queryKey: ['admin', 'suggestions', 'open-count'] as const,
    queryFn: ({ signal }) => getOpenSuggestionsCount(signal),
  });

export function useOpenSuggestionsCount(enabled: boolean) {
  return useQuery({ ...openSuggestionsCountQueryOptions(), enabled });
}
