// The signed-in person's notifications: one cached list (the bell and the lists share it), kept
// current by `notification:new` on the person's own room, which the server puts every socket of
// the session in (no join event). The bell follows the room; after a reconnect the server did not
// recover, the list is loaded again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@shared/schemas/notifications';
import { api } from '../../api';
import { queryKeys } from '../../query/keys';
import { useRoom, useRoomEvent } from '../../realtime/useRoom';
import { useSession } from '../../session';

interface NotificationList {
  data: Notification[];
  unread: number;
}

const key = queryKeys.notifications.list;

export function useNotifications() {
  const { me } = useSession();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<NotificationList>('/notifications?pageSize=50', { signal }),
    enabled: Boolean(me),
  });
  const markRead = useMutation({
    mutationFn: (ids: string[] | 'all') =>
      api<{ data: { unread: number } }>('/notifications/read', {
        method: 'POST',
        json: ids === 'all' ? { all: true } : { ids },
      }),
    onSuccess: (answer, ids) =>
      client.setQueryData<NotificationList>(key, (current) =>
        current
          ? {
              unread: answer.data.unread,
              data: current.data.map((n) =>
                ids === 'all' || ids.includes(n.id) ? { ...n, read: true } : n,
              ),
            }
          : current,
      ),
  });
  return {
    items: list.data?.data ?? [],
    unread: list.data?.unread ?? 0,
    loaded: !list.isPending,
    error: list.error,
    signedIn: Boolean(me),
    /** A failed marking as read (shown beside the list). */
    markError: markRead.error,
    markAllRead: () => markRead.mutate('all'),
    markRead: (id: string) => {
      if (!list.data?.data.find((n) => n.id === id)?.read) markRead.mutate([id]);
    },
  };
}

/** Follows the person's own room; mounted once per page (by the bell). */
export function useNotificationRoom() {
  const { me } = useSession();
  const client = useQueryClient();
  const arrived = useRoomEvent('notification:new', {
    belongs: () => true,
    apply: (event) =>
      client.setQueryData<NotificationList>(key, (current) =>
        current
          ? {
              data: [
                event.notification,
                ...current.data.filter((n) => n.id !== event.notification.id),
              ],
              unread: event.unread,
            }
          : current,
      ),
  });
  useRoom({
    key: me ? `user:${me.id}` : null,
    events: [arrived],
    onResync: () => void client.invalidateQueries({ queryKey: key }),
  });
}
