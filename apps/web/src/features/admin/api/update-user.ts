import type { UpdateUserBody, User } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminRequest } from './admin-request';
import { usersQueryKey } from './get-users';

export interface UpdateUserInput {
  id: string;
  /** The version the change is based on; a newer one stored answers 412. */
  version: number;
  body: UpdateUserBody;
}

/** Changes role, scope or the disabled state; any of them signs the user out at once. */
export async function updateUser(input: UpdateUserInput): Promise<User> {
  const { data } = await adminRequest<User>(`/users/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
    ifMatch: `"${input.version}"`,
  });
  return data;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
