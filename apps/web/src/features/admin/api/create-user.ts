import type { CreateUserBody, CreateUserResponse } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminRequest } from './admin-request';
import { usersQueryKey } from './get-users';

/** Invites a user: the answer holds a set-password link that works once. */
export async function createUser(body: CreateUserBody): Promise<CreateUserResponse> {
  const { data } = await adminRequest<CreateUserResponse>('/users', { method: 'POST', body });
  return data;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
