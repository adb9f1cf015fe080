import type { Post } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';

/** How many vacancies the start page lists. */
export const vacancyListSize = 5;

/** The first vacant posts (required posts without a holder today), in register order. */
export function getVacancies(signal?: AbortSignal): Promise<Page<Post>> {
  return apiFetch<Page<Post>>('/posts', {
    query: { vacant: 'true', limit: vacancyListSize },
    signal,
  });
}

export const vacanciesQueryOptions = () =>
  queryOptions({
    queryKey: ['posts', 'list', { vacant: true, limit: vacancyListSize }] as const,
    queryFn: ({ signal }) => getVacancies(signal),
  });

export function useVacancies() {
  return useQuery(vacanciesQueryOptions());
}
