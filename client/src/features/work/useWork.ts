// The signed-in person's work counts (GET /api/v1/me/work), one cached query shared by the header's
// badge and the page, kept current by `work:changed` in the person's own room (the server puts
// every socket of the session in it; no join event). After a reconnect the server did not
// recover, the counts are read again.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { WORK_ROLES, type WorkCounts, type WorkRole } from '@shared/schemas/work';
import type { Me } from '@shared/schemas/me';
import { apiData } from '../../api';
import { useRoom, useRoomEvent } from '../../realtime/useRoom';
import { useSession } from '../../session';

export const workKey = ['work', 'counts'] as const;

/** The work roles the person holds (as the server counts them: admin only without a body). */
export function workRolesOf(me: Me | null): WorkRole[] {
  if (!me) return [];
  return WORK_ROLES.filter((role) =>
    me.roles.some((grant) => grant.role === role && (role !== 'admin' || !grant.bodyId)),
  );
}

export function useWork() {
  const { me } = useSession();
  const roles = workRolesOf(me);
  const query = useQuery({
    queryKey: workKey,
    queryFn: ({ signal }) => apiData<WorkCounts>('/me/work', { signal }),
    enabled: roles.length > 0,
  });
  return { me, roles, counts: query.data, error: query.error, loading: query.isPending };
}

/** Follows the person's own room for `work:changed`; mounted once per page (by the badge). */
export function useWorkRoom() {
  const { me } = useSession();
  const client = useQueryClient();
  const staff = workRolesOf(me).length > 0;
  const changed = useRoomEvent('work:changed', {
    belongs: () => true,
    apply: () => void client.invalidateQueries({ queryKey: workKey }),
  });
  useRoom({
    key: staff && me ? `user:${me.id}` : null,
    events: [changed],
    onResync: () => void client.invalidateQueries({ queryKey: workKey }),
  });
}
