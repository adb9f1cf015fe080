import type { Import } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminRequest } from './admin-request';

export const importQueryKey = (id: string) => ['admin', 'imports', id] as const;

/** An import with every previewed row and, once committed, what was applied. */
export async function getImport(id: string, signal?: AbortSignal): Promise<Import> {
  const { data } = await adminRequest<Import>(`/imports/${encodeURIComponent(id)}`, { signal });
  return data;
}

export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importQueryKey(id),
    queryFn: ({ signal }) => getImport(id, signal),
  });

export function useImport(id: string | null) {
  return useQuery({ ...importQueryOptions(id ?? ''), enabled: Boolean(id) });
}
