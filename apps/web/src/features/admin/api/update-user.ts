import type { UpdateUserBody, User } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, etagOf } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export interface UpdateUserInput {
  id: string;
  /** The version the change is based on; a newer one stored answers 412. */
  version: number;
  body: UpdateUserBody;
}

/** Changes role, scope or the disabled state; any of them signs the user out at once. */
export function updateUser(input: UpdateUserInput): Promise<User> {
  return apiFetch<User>(`/users/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
    ifMatch: etagOf(input.version),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
