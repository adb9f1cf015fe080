import type { Invitation } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

/** A new set-password link for a user; the previous one stops working. */
export function issueInvitation(userId: string): Promise<Invitation> {
  return apiFetch<Invitation>(`/users/${encodeURIComponent(userId)}/invitation`, {
    method: 'POST',
    body: {},
  });
}

export function useIssueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
