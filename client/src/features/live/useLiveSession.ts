// The state of one live session in the browser: joined over Socket.IO, kept current by
// `live:question` / `live:session` events (per question, only a higher seq wins), and re-joined
// with the full state when the connection comes back without recovery. Announces "answering now"
// and newly visible questions for the aria-live region.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  LiveAbilities,
  LiveJoinResult,
  LiveQuestion,
  LiveSession,
} from '@shared/schemas/live';
import { emitLive, liveSocket } from './socket';

export interface LiveState {
  session: LiveSession | null;
  questions: LiveQuestion[];
  myVotes: Set<string>;
  abilities: LiveAbilities;
  connected: boolean;
  announcement: string;
  error: string | null;
}

const NO_ABILITIES: LiveAbilities = { ask: false, moderate: false, mark: false, banned: false };
const PUBLIC = new Set(['visible', 'answering', 'answered']);

export function useLiveSession(sessionId: string, options: { moderator?: boolean } = {}) {
  const { t } = useTranslation('live');
  const moderator = options.moderator === true;
  const [state, setState] = useState<LiveState>({
    session: null,
    questions: [],
    myVotes: new Set(),
    abilities: NO_ABILITIES,
    connected: true,
    announcement: '',
    error: null,
  });
  const questions = useRef(new Map<string, LiveQuestion>());
  const lastSeq = useRef<number | undefined>(undefined);
  const joining = useRef(false);
  const buffered = useRef<LiveQuestion[]>([]);

  const keep = useCallback(
    (q: LiveQuestion) => q.state !== 'merged' && (moderator || PUBLIC.has(q.state)),
    [moderator],
  );

  const publish = useCallback((patch: Partial<LiveState> = {}) => {
    setState((s) => ({ ...s, ...patch, questions: [...questions.current.values()] }));
  }, []);

  const apply = useCallback(
    (q: LiveQuestion): string | null => {
      const known = questions.current.get(q.id);
      if (known && known.seq >= q.seq) return null;
      if (keep(q)) questions.current.set(q.id, q);
      else questions.current.delete(q.id);
      if (q.state === 'answering' && known?.state !== 'answering') {
        return t('announceAnswering', { text: q.text });
      }
      if (q.state === 'visible' && (!known || !PUBLIC.has(known.state))) {
        return t('announceNew', { text: q.text });
      }
      return null;
    },
    [keep, t],
  );

  const join = useCallback(async () => {
    joining.current = true;
    const ack = await emitLive<LiveJoinResult>('live:join', {
      sessionId,
      moderator,
      ...(lastSeq.current !== undefined ? { sinceSeq: lastSeq.current } : {}),
    });
    joining.current = false;
    if (!ack.ok) {
      setState((s) => ({ ...s, error: ack.error.code }));
      return;
    }
    questions.current = new Map(ack.data.questions.map((q) => [q.id, q]));
    // Events that arrived while joining: newer than the answer, so they win.
    for (const q of buffered.current) apply(q);
    buffered.current = [];
    lastSeq.current = ack.data.seq;
    publish({
      session: ack.data.session,
      myVotes: new Set(ack.data.myVotes),
      abilities: ack.data.abilities,
      error: null,
    });
  }, [sessionId, moderator, apply, publish]);

  useEffect(() => {
    const socket = liveSocket();
    const onQuestion = (q: LiveQuestion) => {
      if (q.sessionId !== sessionId) return;
      lastSeq.current = Math.max(lastSeq.current ?? 0, q.seq);
      if (joining.current) {
        buffered.current.push(q);
        return;
      }
      const announcement = apply(q);
      publish(announcement ? { announcement } : {});
    };
    const onSession = (session: LiveSession) => {
      if (session.id !== sessionId) return;
      lastSeq.current = Math.max(lastSeq.current ?? 0, session.seq);
      setState((s) =>
        s.session && s.session.seq > session.seq
          ? s
          : {
              ...s,
              session,
              abilities: { ...s.abilities, ask: s.abilities.ask && session.status === 'open' },
            },
      );
    };
    const onConnect = () => {
      setState((s) => ({ ...s, connected: true }));
      // Recovered: the missed events are replayed. Otherwise the full state stands in for them.
      if (!socket.recovered) void join();
    };
    const onDisconnect = () => setState((s) => ({ ...s, connected: false }));
    socket.on('live:question', onQuestion);
    socket.on('live:session', onSession);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) void join();
    return () => {
      socket.off('live:question', onQuestion);
      socket.off('live:session', onSession);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      void emitLive('live:leave', { sessionId });
    };
  }, [sessionId, join, apply, publish]);

  const setVoted = useCallback((questionId: string, voted: boolean, votes: number) => {
    setState((s) => {
      const myVotes = new Set(s.myVotes);
      if (voted) myVotes.add(questionId);
      else myVotes.delete(questionId);
      const known = questions.current.get(questionId);
      if (known) questions.current.set(questionId, { ...known, votes });
      return { ...s, myVotes, questions: [...questions.current.values()] };
    });
  }, []);

  return { state, setVoted, rejoin: join };
}

/** Questions for display: "answering now" first, then by votes (or newest first). */
export function sortQuestions(list: LiveQuestion[], by: 'votes' | 'time'): LiveQuestion[] {
  return [...list].sort((a, b) => {
    if ((a.state === 'answering') !== (b.state === 'answering'))
      return a.state === 'answering' ? -1 : 1;
    if (by === 'votes' && a.votes !== b.votes) return b.votes - a.votes;
    return b.createdAt.localeCompare(a.createdAt);
  });
}
