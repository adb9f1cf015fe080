import type { Import } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const importQueryKey = (id: string) => ['admin', 'imports', id] as const;

/** An import with every previewed row and, once committed, what was applied. */
export function getImport(id: string, signal?: AbortSignal): Promise<Import> {
  return apiFetch<Import>(`/imports/${encodeURIComponent(id)}`, { signal });
}

export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importQueryKey(id),
    queryFn: ({ signal }) => getImport(id, signal),
  });

export function useImport(id: string | null) {
  return useQuery({ ...importQueryOptions(id ?? ''), enabled: Boolean(id) });
}
