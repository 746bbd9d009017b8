// Socket.IO events of the live dialogue sessions (CONTRACT.md). Payload shapes are the zod
// schemas in ../schemas/live.ts.
import type { AckCallback } from '../errors';
import type {
  LiveJoinResult,
  LiveQuestion,
  LiveSession,
  MarkPayload,
  ModeratePayload,
  QuestionState,
} from '../schemas/live';

export type { LiveQuestion, LiveSession, QuestionState, LiveJoinResult };

/** The public room of a session (anyone may watch). */
export const liveRoom = (sessionId: string) => `live:${sessionId}`;
/** The moderators' room of a session: pending questions and moderator views. */
export const liveModRoom = (sessionId: string) => `live-mod:${sessionId}`;

export interface LiveClientEvents {
  'live:join': (
    payload: { sessionId: string; sinceSeq?: number; moderator?: boolean },
    ack: AckCallback<LiveJoinResult>,
  ) => void;
  'live:leave': (payload: { sessionId: string }, ack: AckCallback<{ sessionId: string }>) => void;
  'live:ask': (
    payload: { sessionId: string; text: string; anonymous?: boolean },
    ack: AckCallback<LiveQuestion>,
  ) => void;
  'live:vote': (
    payload: { questionId: string; up: boolean },
    ack: AckCallback<{ questionId: string; votes: number; voted: boolean }>,
  ) => void;
  'live:moderate': (payload: ModeratePayload, ack: AckCallback<LiveQuestion>) => void;
  'live:mark': (payload: MarkPayload, ack: AckCallback<LiveQuestion>) => void;
}

export interface LiveServerEvents {
  /** The whole presented question each time it appears or changes (with the room's seq). */
  'live:question': (question: LiveQuestion) => void;
  /** The session when its status (or the question being answered) changes. */
  'live:session': (session: LiveSession) => void;
}
