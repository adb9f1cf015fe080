import type { AcceptInviteBody, LoginResponse } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

/** Chooses a password with the invitation link's token; signs in like a login does. */
export function acceptInvite(body: AcceptInviteBody): Promise<LoginResponse> {
  return apiFetch<LoginResponse>('/auth/accept-invite', { method: 'POST', body });
}

export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvite,
    onSuccess: (response) => {
      queryClient.setQueryData(meQueryKey, response.user);
    },
  });
}
