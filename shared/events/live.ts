// Socket.IO events of the live dialogue sessions (CONTRACT.md).
import type { AckCallback } from '../errors';

export type QuestionState = 'pending' | 'visible' | 'answering' | 'answered' | 'rejected';

export interface LiveQuestion {
  id: string;
  sessionId: string;
  text: string;
  author?: { displayName: string };
  votes: number;
  state: QuestionState;
  seq: number;
}

export interface LiveClientEvents {
  'live:join': (payload: { sessionId: string }, ack: AckCallback<unknown>) => void;
  'live:leave': (payload: { sessionId: string }, ack: AckCallback<unknown>) => void;
  'live:ask': (
    payload: { sessionId: string; text: string; anonymous?: boolean },
    ack: AckCallback<LiveQuestion>,
  ) => void;
  'live:vote': (
    payload: { questionId: string; up: boolean },
    ack: AckCallback<{ questionId: string; votes: number }>,
  ) => void;
  'live:moderate': (
    payload: { questionId: string; decision: 'approve' | 'reject' },
    ack: AckCallback<LiveQuestion>,
  ) => void;
  'live:mark': (
    payload: { questionId: string; state: 'answering' | 'answered' },
    ack: AckCallback<LiveQuestion>,
  ) => void;
}

export interface LiveServerEvents {
  'live:question': (question: LiveQuestion) => void;
  'live:session': (session: unknown) => void;
}
