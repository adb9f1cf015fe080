import type { PersonDetail } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { reviewKey } from './get-review-queue';

/** One side of a merge: fields, posts and topics as they are now, with the version to send. */
export function getPersonForMerge(id: string, signal?: AbortSignal): Promise<PersonDetail> {
  return apiFetch<PersonDetail>(`/people/${encodeURIComponent(id)}`, { signal });
}

export const mergePersonQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...reviewKey, 'person', id] as const,
    queryFn: ({ signal }) => getPersonForMerge(id, signal),
  });

export function useMergePerson(id: string | null) {
  return useQuery({ ...mergePersonQueryOptions(id ?? ''), enabled: Boolean(id) });
}
