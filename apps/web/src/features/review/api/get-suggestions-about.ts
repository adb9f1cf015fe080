import type { Suggestion } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';
import { reviewKey } from './get-review-queue';

/** Reports about a person (any status): a merge moves them all to the surviving entry. */
export async function getSuggestionsAbout(id: string, signal?: AbortSignal): Promise<number> {
  const page = await apiFetch<Page<Suggestion>>('/suggestions', {
    query: { target: id, limit: 200 },
    signal,
  });
  return page.items.length;
}

export const suggestionsAboutQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...reviewKey, 'suggestions-about', id] as const,
    queryFn: ({ signal }) => getSuggestionsAbout(id, signal),
  });

export function useSuggestionsAbout(id: string | null) {
  return useQuery({ ...suggestionsAboutQueryOptions(id ?? ''), enabled: Boolean(id) });
}
