import type { LoginBody, LoginResponse } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

/** Signs in; the API sets the session cookie, the token in the body is for API clients. */
export function login(body: LoginBody): Promise<LoginResponse> {
  return apiFetch<LoginResponse>('/auth/login', { method: 'POST', body });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      queryClient.setQueryData(meQueryKey, response.user);
    },
  });
}
