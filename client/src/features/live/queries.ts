// Server state of the live feature that pages share: lists of sessions, and the meetings and body
// members the create form chooses from.
import { useQuery } from '@tanstack/react-query';
import type { BodyView } from '@shared/schemas/bodies';
import type { LiveSession } from '@shared/schemas/live';
import type { MeetingView } from '@shared/schemas/meetings';
import { api, apiData } from '../../api';
import { queryKeys } from '../../query/keys';

/** Live sessions matching a query string (e.g. `?status=open&pageSize=5`). */
export function useLiveSessions(query: string) {
  return useQuery({
    queryKey: queryKeys.live.list(query),
    queryFn: ({ signal }) => apiData<LiveSession[]>(`/live-sessions${query}`, { signal }),
  });
}

/** Meetings a session may be held for: coming ones (drafts of my bodies too), soonest first. */
export function useMeetingChoices(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.meetings.list('when=upcoming&includeDrafts=true&pageSize=100'),
    queryFn: ({ signal }) =>
      api<{ data: MeetingView[]; total: number }>(
        '/meetings?when=upcoming&includeDrafts=true&pageSize=100',
        { signal },
      ),
    enabled,
  });
}

/** A body with its members, for the panel picker (only a body's members answer). */
export function useBodyMembers(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...queryKeys.bodies, 'detail', bodyId ?? ''],
    queryFn: ({ signal }) => apiData<BodyView>(`/bodies/${bodyId ?? ''}`, { signal }),
    enabled: Boolean(bodyId),
  });
}
