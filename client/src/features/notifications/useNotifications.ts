// The signed-in person's notifications: one store for the page (the bell and the lists share it),
// loaded on first use and kept current by `notification:new` events on the person's own room.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Notification, NotificationEvent } from '@shared/schemas/notifications';
import { api } from '../../api';
import { useSession } from '../../session';
import { proposalsSocket } from './socket';

interface State {
  items: Notification[];
  unread: number;
  loaded: boolean;
}

let state: State = { items: [], unread: 0, loaded: false };
const listeners = new Set<() => void>();
let started = false;

function set(next: Partial<State>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

async function reload() {
  try {
    const answer = await api<{ data: Notification[]; unread: number }>(
      '/notifications?pageSize=50',
    );
    set({ items: answer.data, unread: answer.unread, loaded: true });
  } catch {
    set({ loaded: true });
  }
}

function start() {
  if (started) return;
  started = true;
  void reload();
  const socket = proposalsSocket();
  socket.on('notification:new', (event: NotificationEvent) => {
    set({
      items: [event.notification, ...state.items.filter((n) => n.id !== event.notification.id)],
      unread: event.unread,
    });
  });
  // After a reconnect, catch up on what arrived meanwhile.
  socket.io.on('reconnect', () => void reload());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotifications() {
  const { me } = useSession();
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (me) start();
  }, [me]);
  const markAllRead = useCallback(async () => {
    const answer = await api<{ data: { unread: number } }>('/notifications/read', {
      method: 'POST',
      json: { all: true },
    });
    set({ unread: answer.data.unread, items: state.items.map((n) => ({ ...n, read: true })) });
  }, []);
  const markRead = useCallback(async (id: string) => {
    if (state.items.find((n) => n.id === id)?.read) return;
    const answer = await api<{ data: { unread: number } }>('/notifications/read', {
      method: 'POST',
      json: { ids: [id] },
    });
    set({
      unread: answer.data.unread,
      items: state.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
    });
  }, []);
  return { ...current, markAllRead, markRead, signedIn: Boolean(me) };
}
