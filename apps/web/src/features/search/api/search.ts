import type { SearchResult } from '@nk/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { SearchParams } from '../../../lib/paths';
import { canSearch } from '../utils/search-params';

/** Hits asked for at first; "show more" asks for up to the API's maximum. */
export const searchPageSize = 20;
export const searchMaxSize = 100;

export interface SearchRequest extends SearchParams {
  limit?: number;
}

/** People, organisations, posts, roles and networks matching the words and filters, with facets. */
export function getSearch(request: SearchRequest, signal?: AbortSignal): Promise<SearchResult> {
  return apiFetch<SearchResult>('/search', {
    query: {
      q: request.q?.trim(),
      type: request.type,
      role: request.role,
      organisation: request.organisation,
      network: request.network,
      municipality: request.municipality,
      topic: request.topic,
      former: request.former ? 'true' : undefined,
      limit: request.limit,
    },
    signal,
  });
}

/** The key holds only what changes the answer, so `Anna` and `anna ` do not ask twice. */
function searchKey(request: SearchRequest) {
  return {
    q: request.q?.trim().toLowerCase() ?? '',
    type: request.type ?? null,
    role: request.role ?? null,
    organisation: request.organisation ?? null,
    network: request.network ?? null,
    municipality: request.municipality ?? null,
    topic: request.topic ?? null,
    former: Boolean(request.former),
    limit: request.limit ?? searchPageSize,
  };
}

export const searchQueryOptions = (request: SearchRequest) =>
  queryOptions({
    queryKey: ['search', searchKey(request)] as const,
    // TanStack Query aborts the signal when the key changes before the answer arrives, so a
    // slow answer to an older keystroke never overwrites a newer one.
    queryFn: ({ signal }) => getSearch(request, signal),
    enabled: canSearch(request),
    staleTime: 30_000,
  });

/**
 * The search as the page shows it. While the next answer is on its way the previous one stays
 * on screen (`isPlaceholderData`), so results change in place instead of flickering.
 */
export function useSearch(request: SearchRequest, options: { enabled?: boolean } = {}) {
  const base = searchQueryOptions(request);
  return useQuery({
    ...base,
    enabled: base.enabled && (options.enabled ?? true),
    placeholderData: keepPreviousData,
  });
}
