import type { Post, RoleDetail } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { fetchAllPages } from './fetch-all-pages';

/** A role with its description, synonyms, counterpart roles and number of holders. */
export function getRole(id: string, signal?: AbortSignal): Promise<RoleDetail> {
  return apiFetch<RoleDetail>(`/roles/${encodeURIComponent(id)}`, { signal });
}

export const roleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['roles', 'detail', id] as const,
    queryFn: ({ signal }) => getRole(id, signal),
  });

export function useRole(id: string) {
  return useQuery(roleQueryOptions(id));
}

/** Every post of a role, with who holds it today and since when vacant ones are vacant. */
export function getRolePosts(roleId: string, signal?: AbortSignal): Promise<Post[]> {
  return fetchAllPages<Post>('/posts', { role: roleId }, signal);
}

export const rolePostsQueryOptions = (roleId: string) =>
  queryOptions({
    queryKey: ['collaboration', 'role-posts', roleId] as const,
    queryFn: ({ signal }) => getRolePosts(roleId, signal),
  });

/** Waits for the role, so a malformed id is answered once (by the role) instead of twice. */
export function useRolePosts(roleId: string | undefined) {
  return useQuery({ ...rolePostsQueryOptions(roleId ?? ''), enabled: Boolean(roleId) });
}
