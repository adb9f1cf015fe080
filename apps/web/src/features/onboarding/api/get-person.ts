import type { PersonDetail } from '@nk/shared';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** A person's profile today: current posts, networks and contact fields as the caller sees them. */
export function getPerson(id: string, signal?: AbortSignal): Promise<PersonDetail> {
  return apiFetch<PersonDetail>(`/people/${encodeURIComponent(id)}`, { signal });
}

/** Same key as the person page's query, so the two share one cache entry. */
export const personQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['people', 'detail', id, null] as const,
    queryFn: ({ signal }) => getPerson(id, signal),
  });
