import type { CreateUserBody, CreateUserResponse } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

/** Invites a user: the answer holds a set-password link that works once. */
export function createUser(body: CreateUserBody): Promise<CreateUserResponse> {
  return apiFetch<CreateUserResponse>('/users', { method: 'POST', body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
