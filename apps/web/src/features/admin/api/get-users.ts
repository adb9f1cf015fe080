import type { User } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';

const pageSize = 500;
const maxPages = 20;

export const usersQueryKey = ['admin', 'users'] as const;

/** Every user, disabled ones included (they stay, so the audit log can name them). */
export async function getUsers(signal?: AbortSignal): Promise<User[]> {
  const items: User[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const data: Page<User> = await apiFetch<Page<User>>('/users', {
      query: { limit: pageSize, include: 'disabled', cursor },
      signal,
    });
    items.push(...data.items);
    cursor = data.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export const usersQueryOptions = () =>
  queryOptions({ queryKey: usersQueryKey, queryFn: ({ signal }) => getUsers(signal) });

export function useUsers(enabled = true) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
