import type { CreatePostBody, Post, PostDetail, UpdatePostBody } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

const postPath = (id: string) => `/posts/${encodeURIComponent(id)}`;

/** The form's copy with its ETag; see `personForEditQueryOptions` for why it is never cached. */
export const postForEditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['editing', 'post', id] as const,
    queryFn: ({ signal }) => apiFetchVersioned<PostDetail>(postPath(id), { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

export function usePostForEdit(id: string | null) {
  return useQuery({ ...postForEditQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function createPost(body: CreatePostBody): Promise<Versioned<Post>> {
  return apiFetchVersioned<Post>('/posts', { method: 'POST', body });
}

export function updatePost(
  id: string,
  body: UpdatePostBody,
  etag: string,
): Promise<Versioned<Post>> {
  return apiFetchVersioned<Post>(postPath(id), { method: 'PATCH', body, ifMatch: etag });
}
