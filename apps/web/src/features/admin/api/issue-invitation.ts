import type { Invitation } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminRequest } from './admin-request';
import { usersQueryKey } from './get-users';

/** A new set-password link for a user; the previous one stops working. */
export async function issueInvitation(userId: string): Promise<Invitation> {
  const { data } = await adminRequest<Invitation>(
    `/users/${encodeURIComponent(userId)}/invitation`,
    { method: 'POST', body: {} },
  );
  return data;
}

export function useIssueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
