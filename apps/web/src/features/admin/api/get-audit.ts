import type { AuditEvent } from '@nk/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';

export const auditPageSize = 25;

/** The filters of the audit log, as the API names them; dates are `YYYY-MM-DD` (Swedish days). */
export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
}

/** Start of a Swedish calendar day as an instant, so "from 1 March" means Swedish midnight. */
function swedishMidnight(date: string): string {
  const guess = new Date(`${date}T00:00:00Z`);
  const inSweden = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Stockholm' }));
  const inUtc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (inSweden.getTime() - inUtc.getTime())).toISOString();
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** One page of events, newest first; `to` includes its whole day. */
export async function getAuditPage(
  filters: AuditFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<AuditEvent>> {
  const data = await apiFetch<Page<AuditEvent>>('/audit', {
    query: {
      limit: auditPageSize,
      cursor,
      entityType: filters.entityType,
      entityId: filters.entityId,
      actor: filters.actor,
      since: filters.from ? swedishMidnight(filters.from) : undefined,
      until: filters.to ? swedishMidnight(nextDay(filters.to)) : undefined,
    },
    signal,
  });
  return data;
}

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'audit', filters] as const,
    queryFn: ({ pageParam, signal }) => getAuditPage(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(auditQueryOptions(filters));
}
