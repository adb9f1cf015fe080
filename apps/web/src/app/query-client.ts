import { QueryCache, QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../features/auth/api/get-me';
import { isApiError } from '../lib/api-client';

/**
 * Client errors (4xx) are answers, not accidents: retrying them only delays the message.
 * A 401 on any request means the session ended; marking "nobody is signed in" lets the
 * protected layout send the person to the sign-in page and back again afterwards.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== meQueryKey[0]) {
          queryClient.setQueryData(meQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
