// Socket.IO events of meetings: viewers of a meeting page see agenda changes and decisions.
import { MeetingRoomSchema, MeetingSchema } from '../schemas/meetings';
import { RoomSeqSchema } from '../schemas/common';
import { MeetingJoinResultSchema } from '../schemas/council';
import { clientEvent } from './define';

/** The room of one meeting. */
export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

export const recordsClientEvents = {
  'meeting:join': clientEvent(MeetingRoomSchema, MeetingJoinResultSchema),
  'meeting:leave': clientEvent(MeetingRoomSchema, RoomSeqSchema),
};

export const recordsServerEvents = {
  /** The published meeting after each change (agenda, decisions, minutes), with the room's seq. */
  'meeting:updated': MeetingSchema,
};
