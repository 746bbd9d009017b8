// The state of one live session in the browser, followed in its room (realtime/useRoom.ts): the
// join's acknowledgement is the whole state (session, visible questions, my votes, my questions
// still waiting for review, abilities);
// `live:question` and `live:session` events keep it current, each question in its own seq order;
// after a reconnect the server did not recover, the join's answer replaces everything. Announces
// "answering now" and newly visible questions for the aria-live region.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  LiveAbilities,
  LiveJoinResult,
  LiveQuestion,
  LiveSession,
} from '@shared/schemas/live';
import type { ApiError } from '../../api';
import { useRoom, useRoomEvent } from '../../realtime/useRoom';

export interface LiveState {
  session: LiveSession | null;
  questions: LiveQuestion[];
  /** My own questions the public does not see: waiting for review, or not published. */
  mine: LiveQuestion[];
  myVotes: Set<string>;
  abilities: LiveAbilities;
  connected: boolean;
  announcement: string;
  /** Why the session could not be joined (its code: not_found, forbidden, network, …). */
  error: ApiError | null;
}

const NO_ABILITIES: LiveAbilities = { ask: false, moderate: false, mark: false, banned: false };
const PUBLIC = new Set(['visible', 'answering', 'answered']);
/** The session's own scope among the room's events (questions are scoped by their id). */
const SESSION_SCOPE = 'session';

type Data = Omit<LiveState, 'connected'>;

export function useLiveSession(sessionId: string, options: { moderator?: boolean } = {}) {
  const { t } = useTranslation('live');
  const moderator = options.moderator === true;
  const [data, setData] = useState<Data>({
    session: null,
    questions: [],
    mine: [],
    myVotes: new Set(),
    abilities: NO_ABILITIES,
    announcement: '',
    error: null,
  });
  const keep = (q: LiveQuestion) => q.state !== 'merged' && (moderator || PUBLIC.has(q.state));

  const question = useRoomEvent('live:question', {
    belongs: (q) => q.sessionId === sessionId,
    scope: (q) => q.id,
    apply: (q) =>
      setData((current) => {
        const known = current.questions.find((k) => k.id === q.id);
        const others = current.questions.filter((k) => k.id !== q.id);
        let announcement = current.announcement;
        if (q.state === 'answering' && known?.state !== 'answering') {
          announcement = t('announceAnswering', { text: q.text });
        } else if (q.state === 'visible' && (!known || !PUBLIC.has(known.state))) {
          announcement = t('announceNew', { text: q.text });
        }
        // My own question: it leaves "mine" once the public sees it; a review is shown in place.
        const ownIndex = current.mine.findIndex((k) => k.id === q.id);
        const mine =
          ownIndex < 0
            ? current.mine
            : PUBLIC.has(q.state) || q.state === 'merged'
              ? current.mine.filter((k) => k.id !== q.id)
              : current.mine.map((k) => (k.id === q.id ? q : k));
        return {
          ...current,
          questions: keep(q) ? [...others, q] : others,
          mine,
          announcement,
        };
      }),
  });
  const session = useRoomEvent('live:session', {
    belongs: (s) => s.id === sessionId,
    scope: () => SESSION_SCOPE,
    apply: (next) =>
      setData((current) => ({
        ...current,
        session: next,
        abilities: { ...current.abilities, ask: current.abilities.ask && next.status === 'open' },
      })),
  });

  const { connected } = useRoom({
    key: `live:${sessionId}:${String(moderator)}`,
    join: { event: 'live:join', payload: { sessionId, moderator } },
    leave: { event: 'live:leave', payload: { sessionId } },
    events: [question, session],
    seeds: (ack: LiveJoinResult) => [
      [SESSION_SCOPE, ack.session.seq],
      ...ack.questions.map((q): [string, number] => [q.id, q.seq]),
    ],
    onJoined: (ack) =>
      setData((current) => ({
        ...current,
        session: ack.session,
        questions: ack.questions.filter(keep),
        mine: ack.mine,
        myVotes: new Set(ack.myVotes),
        abilities: ack.abilities,
        error: null,
      })),
    onJoinFailed: (error) => setData((current) => ({ ...current, error })),
  });

  const setVoted = (questionId: string, voted: boolean, votes: number) =>
    setData((current) => {
      const myVotes = new Set(current.myVotes);
      if (voted) myVotes.add(questionId);
      else myVotes.delete(questionId);
      return {
        ...current,
        myVotes,
        questions: current.questions.map((q) => (q.id === questionId ? { ...q, votes } : q)),
      };
    });

  /** My question as the ask answered it: shown to me while it waits for review. */
  const addMine = (q: LiveQuestion) =>
    setData((current) =>
      PUBLIC.has(q.state) || current.mine.some((k) => k.id === q.id)
        ? current
        : { ...current, mine: [...current.mine, q] },
    );

  const state: LiveState = { ...data, connected };
  return { state, setVoted, addMine };
}

/** The session does not exist (or its id is no id at all). */
export const isMissing = (error: ApiError | null): boolean =>
  error?.code === 'not_found' || error?.code === 'validation_failed';

/** Questions for display: "answering now" first, then by votes (or newest first). */
export function sortQuestions(list: LiveQuestion[], by: 'votes' | 'time'): LiveQuestion[] {
  return [...list].sort((a, b) => {
    if ((a.state === 'answering') !== (b.state === 'answering'))
      return a.state === 'answering' ? -1 : 1;
    if (by === 'votes' && a.votes !== b.votes) return b.votes - a.votes;
    return b.createdAt.localeCompare(a.createdAt);
  });
}
