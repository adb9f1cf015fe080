import type { Post } from '@nk/shared';
import { queryOptions } from '@tanstack/react-query';
import { fetchAll } from './fetch-all';

/** Every post (of one network, when given) with the people on it today. */
export function getPosts(network: string | undefined, signal?: AbortSignal): Promise<Post[]> {
  return fetchAll<Post>('/posts', { network }, signal);
}

export const postsQueryOptions = (network?: string) =>
  queryOptions({
    queryKey: ['posts', 'list', { network: network ?? null }] as const,
    queryFn: ({ signal }) => getPosts(network, signal),
  });
