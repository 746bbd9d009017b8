// Socket.IO events of comment threads (CONTRACT.md).
import type { AckCallback } from '../errors';

export type ThreadSubjectType = 'document' | 'proposal' | 'agendaItem';

export interface ThreadClientEvents {
  'thread:join': (
    payload: { subjectType: ThreadSubjectType; subjectId: string },
    ack: AckCallback<{ seq: number }>,
  ) => void;
  'thread:leave': (
    payload: { subjectType: ThreadSubjectType; subjectId: string },
    ack: AckCallback<{ seq: number }>,
  ) => void;
}

export interface ThreadServerEvents {
  'thread:comment': (comment: unknown) => void;
}
