// Socket events of meetings: anyone may watch a published meeting's room (`meeting:<id>`); a draft's
// room is for those who may manage it, and they leave it when they lose that right.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import type { AppContext } from '../../context';
import { legacySocketEvent } from '../../realtime/handle';
import { registerRoomGuard } from '../../realtime/room-guards';
import { canSeeMeeting } from '../../policies/meetings';
import { meetingRoom } from './broadcast';
import { Meeting } from './model';
import { findVisibleMeeting } from './service';

const RoomInput = z.object({ meetingId: IdSchema });

registerRoomGuard('meeting:', async (user, room) => {
  const meeting = await Meeting.findById(room.slice('meeting:'.length), {
    status: 1,
    bodyId: 1,
  }).lean();
  return Boolean(meeting && canSeeMeeting(user, meeting));
});

export function meetingEvents(ctx: AppContext): Array<ReturnType<typeof legacySocketEvent>> {
  return [
    legacySocketEvent(ctx, 'meeting:join', RoomInput, async (socket, { meetingId }) => {
      const meeting = await findVisibleMeeting(socket.data.user, meetingId);
      await socket.join(meetingRoom(meetingId));
      return { seq: meeting.seq };
    }),
    legacySocketEvent(ctx, 'meeting:leave', RoomInput, async (socket, { meetingId }) => {
      await socket.leave(meetingRoom(meetingId));
      const meeting = await Meeting.findById(meetingId, { seq: 1 }).lean();
      return { seq: meeting?.seq ?? 0 };
    }),
  ];
}
