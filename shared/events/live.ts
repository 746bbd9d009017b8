// Socket.IO events of the live dialogue sessions (CONTRACT.md), declared with the zod schemas of
// ../schemas/live.ts.
import { z } from 'zod';
import {
  AskPayloadSchema,
  JoinPayloadSchema,
  LeavePayloadSchema,
  LiveJoinResultSchema,
  LiveQuestionSchema,
  LiveSessionSchema,
  MarkPayloadSchema,
  ModeratePayloadSchema,
  VotePayloadSchema,
  VoteResultSchema,
} from '../schemas/live';
import { clientEvent } from './define';

export type {
  LiveJoinResult,
  LiveQuestion,
  LiveSession,
  QuestionState,
  VoteResult,
} from '../schemas/live';

/** The public room of a session (anyone may watch). */
export const liveRoom = (sessionId: string) => `live:${sessionId}`;
/** The moderators' room of a session: pending questions and moderator views. */
export const liveModRoom = (sessionId: string) => `live-mod:${sessionId}`;

export const liveClientEvents = {
  'live:join': clientEvent(JoinPayloadSchema, LiveJoinResultSchema),
  'live:leave': clientEvent(LeavePayloadSchema, z.object({ sessionId: z.string() })),
  'live:ask': clientEvent(AskPayloadSchema, LiveQuestionSchema),
  'live:vote': clientEvent(VotePayloadSchema, VoteResultSchema),
  'live:moderate': clientEvent(ModeratePayloadSchema, LiveQuestionSchema),
  'live:mark': clientEvent(MarkPayloadSchema, LiveQuestionSchema),
};

export const liveServerEvents = {
  /** The whole presented question each time it appears or changes (with the room's seq). */
  'live:question': LiveQuestionSchema,
  /** The session when its status (or the question being answered) changes. */
  'live:session': LiveSessionSchema,
};
