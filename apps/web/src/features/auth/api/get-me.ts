import type { Me } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiFetch } from '../../../lib/api-client';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or `null` when nobody is signed in (the API answers 401). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
