import type { Counterparts } from '@nk/shared';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** The holders of the counterpart roles of `role` in the organisations related to `organisation`. */
export function getCounterparts(
  role: string,
  organisation: string,
  signal?: AbortSignal,
): Promise<Counterparts> {
  return apiFetch<Counterparts>('/counterparts', { query: { role, organisation }, signal });
}

export const counterpartsQueryOptions = (role: string, organisation: string) =>
  queryOptions({
    queryKey: ['counterparts', { role, organisation, asOf: null }] as const,
    queryFn: ({ signal }) => getCounterparts(role, organisation, signal),
  });
