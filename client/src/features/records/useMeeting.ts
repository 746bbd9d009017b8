// A meeting kept current while its page is open: loaded over HTTP (the query cache), and followed
// in room `meeting:<id>`, where each `meeting:updated` (the whole public view, newer by seq)
// replaces it. A rejoin that finds the room moved on reloads it.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { MeetingView } from '@shared/schemas/meetings';
import { queryKeys } from '../../query/keys';
import { useRoom, useRoomEvent } from '../../realtime/useRoom';
import { useMeeting } from './queries';

/** The broadcast is the meeting's public view (today typed loosely in the event map). */
function isMeetingView(payload: unknown): payload is MeetingView {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    'id' in payload &&
    typeof payload.id === 'string' &&
    'items' in payload &&
    Array.isArray(payload.items)
  );
}

export function useLiveMeeting(id: string) {
  const client = useQueryClient();
  const key = queryKeys.meetings.detail(id);
  const meeting = useMeeting(id);
  const [updatedAt, setUpdatedAt] = useState('');
  const updated = useRoomEvent('meeting:updated', {
    belongs: (payload) => isMeetingView(payload) && payload.id === id,
    apply: (payload) => {
      if (!isMeetingView(payload)) return;
      // Keep the caller's own abilities: the broadcast is the public view.
      client.setQueryData<MeetingView>(key, (current) => ({
        ...payload,
        canManage: current?.canManage ?? false,
      }));
      setUpdatedAt(String(Date.now()));
    },
  });
  useRoom({
    key: `meeting:${id}`,
    join: { event: 'meeting:join', payload: { meetingId: id } },
    leave: { event: 'meeting:leave', payload: { meetingId: id } },
    events: [updated],
    onJoined: (ack, { missed }) => {
      const shown = client.getQueryData<MeetingView>(key);
      if (missed || (shown && shown.seq < ack.seq))
        void client.invalidateQueries({ queryKey: key });
    },
  });
  return { meeting: meeting.data, error: meeting.error, updatedAt };
}
