// Socket.IO events of the council meeting in real time (CONTRACT.md "The council meeting in real
// time"): the meeting's room gets the whole sitting state with the room's seq on every change.
import { MeetingStateSchema } from '../schemas/council';

export type { MeetingStateView } from '../schemas/council';

export const councilServerEvents = {
  /** The whole state of the sitting (status, current item, speakers, open vote, attendance, …). */
  'meeting:state': MeetingStateSchema,
};
