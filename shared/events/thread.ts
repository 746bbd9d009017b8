// Socket.IO events of comment threads (CONTRACT.md).
import { CommentSchema, ThreadSubjectSchema } from '../schemas/comments';
import type { ThreadSubjectType } from '../schemas/comments';
import { RoomSeqSchema } from '../schemas/common';
import { clientEvent } from './define';

export type { ThreadSubjectType } from '../schemas/comments';

export interface ThreadRoomPayload {
  subjectType: ThreadSubjectType;
  subjectId: string;
}

/** The room of one thread. */
export const threadRoom = (subjectType: ThreadSubjectType, subjectId: string) =>
  `thread:${subjectType}:${subjectId}`;

export const threadClientEvents = {
  'thread:join': clientEvent(ThreadSubjectSchema, RoomSeqSchema),
  'thread:leave': clientEvent(ThreadSubjectSchema, RoomSeqSchema),
};

export const threadServerEvents = {
  /** A new comment, or one that was edited, agreed with, hidden, restored or deleted. */
  'thread:comment': CommentSchema,
};
