import type { SearchHit, SearchResult } from '@nk/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Pickers start asking after this many letters: one letter matches half the directory. */
export const minSearchLength = 2;
const pickerLimit = 20;

/** People or posts matching what is typed in a picker, best first. */
export async function searchEntities(
  type: 'person' | 'post',
  q: string,
  signal?: AbortSignal,
): Promise<SearchHit[]> {
  const result = await apiFetch<SearchResult>('/search', {
    query: { q: q.trim(), type, limit: pickerLimit },
    signal,
  });
  return result.items.filter((hit) => hit.type === type);
}

export function useEntitySearch(type: 'person' | 'post', q: string) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: ['editing', 'search', type, trimmed.toLowerCase()] as const,
    queryFn: ({ signal }) => searchEntities(type, trimmed, signal),
    enabled: trimmed.length >= minSearchLength,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
