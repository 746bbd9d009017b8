// Server state of the live feature that pages share: lists of sessions.
import { useQuery } from '@tanstack/react-query';
import type { LiveSession } from '@shared/schemas/live';
import { apiData } from '../../api';
import { queryKeys } from '../../query/keys';

/** Live sessions matching a query string (e.g. `?status=open&pageSize=5`). */
export function useLiveSessions(query: string) {
  return useQuery({
    queryKey: queryKeys.live.list(query),
    queryFn: ({ signal }) => apiData<LiveSession[]>(`/live-sessions${query}`, { signal }),
  });
}
