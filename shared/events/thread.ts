// Socket.IO events of comment threads (CONTRACT.md).
import type { AckCallback } from '../errors';
import type { Comment, ThreadSubjectType } from '../schemas/comments';

export type { ThreadSubjectType } from '../schemas/comments';

export interface ThreadRoomPayload {
  subjectType: ThreadSubjectType;
  subjectId: string;
}

export interface ThreadClientEvents {
  'thread:join': (payload: ThreadRoomPayload, ack: AckCallback<{ seq: number }>) => void;
  'thread:leave': (payload: ThreadRoomPayload, ack: AckCallback<{ seq: number }>) => void;
}

export interface ThreadServerEvents {
  /** A new comment, or one that was edited, agreed with, hidden, restored or deleted. */
  'thread:comment': (comment: Comment) => void;
}

/** The room of one thread. */
export const threadRoom = (subjectType: ThreadSubjectType, subjectId: string) =>
  `thread:${subjectType}:${subjectId}`;
