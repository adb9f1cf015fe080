import type { QueryClient } from '@tanstack/react-query';

/**
 * After a change every page may show it (profiles, lists, search, counterparts), so everything
 * cached is marked stale except who is signed in. Pages on screen fetch again; others when opened.
 */
export function invalidateDirectory(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
}
