// Watching a meeting's room (`meeting:<id>`) for its live changes: anyone who may see the meeting
// (a draft's room only those who may manage it; the room guard in feature.ts removes them when
// they lose that right).
import { meetingRoom } from '@shared/events/records';
import { MeetingRoomSchema } from '@shared/schemas/meetings';
import { roomCommands } from '../../../realtime/room-commands';
import { loadVisibleMeeting } from '../load';

export const meetingRoomCommands = roomCommands({
  name: 'meeting',
  input: MeetingRoomSchema,
  room: ({ meetingId }) => meetingRoom(meetingId),
  load: ({ meetingId }, actor) => loadVisibleMeeting(meetingId, actor.user),
});
