// Who is signed in, for the whole client: /api/v1/me through the query cache (null when nobody
// is), refreshed on demand (after a profile change) and cleared with everything else at logout.
import { clearOffline } from './features/reading/offline';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@shared/schemas/me';
import { ApiError, apiData, request } from './api';
import { queryKeys } from './query/keys';

interface SessionState {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

async function fetchMe(signal: AbortSignal): Promise<Me | null> {
  try {
    return await apiData<Me>('/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') return null;
    throw error;
  }
}

export function useSession(): SessionState {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    // Roles and names change through this client (refresh) or a new login (a new page load).
    staleTime: Infinity,
  });
  return {
    me: query.data ?? null,
    loading: query.isPending,
    refresh: () => client.invalidateQueries({ queryKey: queryKeys.me }),
    logout: async () => {
      await request('/auth/logout', { method: 'POST' });
      // What was cached belonged to the person who left (documents kept offline too).
      await clearOffline();
      await client.resetQueries();
    },
  };
}
