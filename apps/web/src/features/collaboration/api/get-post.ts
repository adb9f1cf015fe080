import type { PostDetail } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** A post as of `asOf` (or today): who is on it, and every assignment it has had. */
export function getPost(id: string, asOf?: string, signal?: AbortSignal): Promise<PostDetail> {
  return apiFetch<PostDetail>(`/posts/${encodeURIComponent(id)}`, { query: { asOf }, signal });
}

export const postQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: ['posts', 'detail', id, asOf ?? null] as const,
    queryFn: ({ signal }) => getPost(id, asOf, signal),
  });

/** While another date loads, the same post's previous answer stays on screen. */
export function usePost(id: string, asOf?: string) {
  return useQuery({
    ...postQueryOptions(id, asOf),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === id ? previous : undefined,
  });
}
