// A meeting kept current while its page is open: loaded over HTTP, then joined in room
// `meeting:<id>`; each `meeting:updated` with a higher seq replaces it. After a reconnect the
// page joins again and reloads, so nothing published meanwhile is missed.
import { useEffect, useState } from 'react';
import type { MeetingView } from '@shared/schemas/meetings';
import { ApiError, apiData } from '../../api';
import { recordsSocket } from './socket';

export function useMeeting(id: string) {
  const [meeting, setMeeting] = useState<MeetingView | undefined>();
  const [error, setError] = useState<ApiError | Error | undefined>();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    let cancelled = false;
    const socket = recordsSocket();
    const load = () =>
      apiData<MeetingView>(`/meetings/${id}`)
        .then((m) => !cancelled && setMeeting(m))
        .catch(
          (e: unknown) => !cancelled && setError(e instanceof Error ? e : new Error(String(e))),
        );
    const join = () => {
      socket.emit('meeting:join', { meetingId: id }, () => undefined);
    };
    const onUpdate = (payload: unknown) => {
      const next = payload as MeetingView;
      if (next.id !== id) return;
      setMeeting((current) => {
        if (current && current.seq > next.seq) return current;
        // Keep the caller's own abilities: the broadcast is the public view.
        return { ...next, canManage: current?.canManage ?? false };
      });
      setAnnouncement(String(Date.now()));
    };
    const onReconnect = () => {
      join();
      void load();
    };
    void load();
    join();
    socket.on('meeting:updated', onUpdate);
    socket.io.on('reconnect', onReconnect);
    return () => {
      cancelled = true;
      socket.off('meeting:updated', onUpdate);
      socket.io.off('reconnect', onReconnect);
      socket.emit('meeting:leave', { meetingId: id }, () => undefined);
    };
  }, [id]);

  return { meeting, error, updatedAt: announcement };
}
