// The sitting of a meeting kept current while a page is open: the whole state arrives with the
// join of room `meeting:<id>` (a late or reconnecting page needs nothing else) and each
// `meeting:state` (newer by seq) replaces it. One hook per page follows the room.
import { useState } from 'react';
import type { MeetingStateView } from '@shared/schemas/council';
import { useRoom, useRoomEvent } from '../../realtime/useRoom';

export function useSitting(meetingId: string) {
  const [state, setState] = useState<MeetingStateView | null>(null);
  const changed = useRoomEvent('meeting:state', {
    belongs: (payload) => payload.meetingId === meetingId,
    apply: (payload) => setState(payload),
  });
  useRoom({
    key: `meeting:${meetingId}`,
    join: { event: 'meeting:join', payload: { meetingId } },
    leave: { event: 'meeting:leave', payload: { meetingId } },
    events: [changed],
    onJoined: (ack) => {
      if (ack.state) setState(ack.state);
    },
  });
  return state;
}

export const currentItemOf = (state: MeetingStateView | null) =>
  state?.items.find((item) => item.itemId === state.currentItemId);
