import type {
  CreateRoleBody,
  CreateRoleCounterpartBody,
  Role,
  RoleCounterpart,
  RoleDetail,
  UpdateRoleBody,
} from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

const rolePath = (id: string) => `/roles/${encodeURIComponent(id)}`;

/** The form's copy with its ETag; see `personForEditQueryOptions` for why it is never cached. */
export const roleForEditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['editing', 'role', id] as const,
    queryFn: ({ signal }) => apiFetchVersioned<RoleDetail>(rolePath(id), { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

export function useRoleForEdit(id: string | null) {
  return useQuery({ ...roleForEditQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function createRole(body: CreateRoleBody): Promise<Versioned<Role>> {
  return apiFetchVersioned<Role>('/roles', { method: 'POST', body });
}

/** Sends only the changed fields; `synonyms` replaces the whole list. */
export function updateRole(id: string, body: UpdateRoleBody, etag: string) {
  return apiFetchVersioned<Role>(rolePath(id), { method: 'PATCH', body, ifMatch: etag });
}

/** Pairs two roles (or a role with itself); the pair is seen from both ends. */
export function addCounterpart(
  roleId: string,
  body: CreateRoleCounterpartBody,
): Promise<Versioned<RoleCounterpart>> {
  return apiFetchVersioned<RoleCounterpart>(`${rolePath(roleId)}/counterparts`, {
    method: 'POST',
    body,
  });
}

/** Removes the pair for real; the audit log keeps what it was. */
export async function removeCounterpart(roleId: string, pairId: string): Promise<void> {
  await apiFetchVersioned<null>(`${rolePath(roleId)}/counterparts/${encodeURIComponent(pairId)}`, {
    method: 'DELETE',
  });
}
