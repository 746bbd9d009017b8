// Socket.IO events of meetings: viewers of a meeting page see agenda changes and decisions.
import type { AckCallback } from '../errors';

export interface RecordsClientEvents {
  'meeting:join': (payload: { meetingId: string }, ack: AckCallback<{ seq: number }>) => void;
  'meeting:leave': (payload: { meetingId: string }, ack: AckCallback<{ seq: number }>) => void;
}

export interface RecordsServerEvents {
  'meeting:updated': (meeting: unknown) => void;
}
