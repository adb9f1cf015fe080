import type { Counterparts } from '@nk/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiBase } from '../../../config/app';
import { apiFetch } from '../../../lib/api-client';

/** Posts shown per related organisation; the rest are one click away on its page. */
const perOrganisation = 20;

/**
 * Who to talk to: the holders of the counterpart roles of `role` (id or key) in the
 * organisations related to `organisation`, grouped per related organisation.
 */
export function getCounterparts(
  role: string,
  organisation: string,
  signal?: AbortSignal,
): Promise<Counterparts> {
  return apiFetch<Counterparts>('/counterparts', {
    query: { role, organisation, perOrganisation },
    signal,
  });
}

export const counterpartsQueryOptions = (role: string, organisation: string) =>
  queryOptions({
    queryKey: ['counterparts', role, organisation] as const,
    queryFn: ({ signal }) => getCounterparts(role, organisation, signal),
  });

/** Disabled until both a role and an organisation are chosen; keeps the last answer meanwhile. */
export function useCounterparts(role: string | undefined, organisation: string | undefined) {
  return useQuery({
    ...counterpartsQueryOptions(role ?? '', organisation ?? ''),
    enabled: Boolean(role && organisation),
    placeholderData: keepPreviousData,
  });
}

/**
 * One vCard file with every person named, for "save all as contacts". The ids are joined with
 * plain commas, as the API documents them, so the link reads the same as the list it came from.
 */
export function contactsVcardHref(personIds: readonly string[]): string {
  return `${apiBase}/export/contacts.vcf?ids=${personIds.map(encodeURIComponent).join(',')}`;
}
