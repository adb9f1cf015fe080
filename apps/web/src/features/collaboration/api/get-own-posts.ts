import type { PersonDetail } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** The signed-in person's profile: its current posts are the counterpart page's default. */
export function getOwnProfile(personId: string, signal?: AbortSignal): Promise<PersonDetail> {
  return apiFetch<PersonDetail>(`/people/${encodeURIComponent(personId)}`, { signal });
}

export const ownProfileQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: ['people', 'detail', personId, null] as const,
    queryFn: ({ signal }) => getOwnProfile(personId, signal),
  });

/** Disabled for users who are not linked to a person in the directory. */
export function useOwnProfile(personId: string | null | undefined) {
  return useQuery({ ...ownProfileQueryOptions(personId ?? ''), enabled: Boolean(personId) });
}
