// /direkt/:id — watch, ask and vote: the stream, the "answering now" banner pinned on top, the
// ask box, my questions waiting for review, and the questions sorted by votes or time (a new
// order is shown when asked for or after a pause, never under the pointer), kept live over
// Socket.IO.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorText } from '../../errors/ErrorText';
import { emit } from '../../realtime/socket';
import { usePageTitle } from '../../usePageTitle';
import { useSession } from '../../session';
import { AskForm } from './AskForm';
import {
  AnsweringBanner,
  Announcer,
  ConnectionNotice,
  SessionLinks,
  StatusBadge,
} from './LiveParts';
import { QuestionItem } from './QuestionItem';
import { isMissing, sortQuestions, useLiveSession } from './useLiveSession';
import { useStableOrder } from './useStableOrder';
import './live.css';

export function LivePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('live');
  const { me } = useSession();
  const { state, setVoted, addMine } = useLiveSession(id);
  const [sortBy, setSortBy] = useState<'votes' | 'time'>('votes');
  const vote = useMutation({
    mutationFn: (input: { questionId: string; up: boolean }) => emit('live:vote', input),
    onSuccess: (answer) => setVoted(answer.questionId, answer.voted, answer.votes),
  });
  const { session, abilities } = state;
  const sorted = sortQuestions(state.questions, sortBy);
  const { order, stale, apply, holdProps } = useStableOrder(
    sorted.map((q) => q.id),
    sortBy,
  );
  const byId = new Map(state.questions.map((q) => [q.id, q]));
  usePageTitle(session?.title ?? t('listTitle'));

  if (isMissing(state.error)) {
    return (
      <div className="page">
        <h1>{t('notFound')}</h1>
      </div>
    );
  }
  if (!session) {
    return (
      <div className="page">
        <h1>{t('listTitle')}</h1>
        {state.error ? <ErrorText error={state.error} /> : <p role="status">…</p>}
      </div>
    );
  }
  const answering = state.questions.find((q) => q.state === 'answering');
  const canVote = Boolean(me) && session.status === 'open' && !abilities.banned;

  return (
    <div className="page live-page">
      <h1>
        {session.title} <StatusBadge session={session} />
      </h1>
      <SessionLinks session={session} abilities={abilities} current="public" />
      <ConnectionNotice connected={state.connected} />
      <Announcer text={state.announcement} />
      {session.streamUrl && (
        <div className="live-stream">
          <iframe src={session.streamUrl} title={t('stream')} allow="autoplay; fullscreen" />
        </div>
      )}
      <AnsweringBanner question={answering} />
      {!me ? (
        <p className="live-help">
          {t('ask.login')}{' '}
          <Link to={`/logga-in?returnTo=${encodeURIComponent(`/direkt/${session.id}`)}`}>
            {t('ask.loginLink')}
          </Link>
        </p>
      ) : abilities.banned ? (
        <p className="live-help">{t('ask.banned')}</p>
      ) : session.status === 'open' ? (
        <AskForm sessionId={session.id} onAsked={addMine} />
      ) : (
        <p className="live-help">{t('ask.closed')}</p>
      )}
      {state.mine.length > 0 && (
        <section aria-labelledby="live-mine-heading" className="live-mine">
          <h2 id="live-mine-heading">{t('mine.title')}</h2>
          <ul>
            {state.mine.map((q) => (
              <li key={q.id} data-question-id={q.id}>
                <p className="live-question__text">{q.text}</p>
                <p className="live-help">
                  {q.state === 'pending'
                    ? t('mine.pending')
                    : q.reason
                      ? t('mine.rejectedBecause', { reason: q.reason })
                      : t('mine.rejected')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="live-questions-heading">
        <h2 id="live-questions-heading">{t('questions.title')}</h2>
        <div className="live-sort" role="group" aria-label={t('questions.sortLabel')}>
          {(['votes', 'time'] as const).map((by) => (
            <button
              key={by}
              type="button"
              className="button button--small button--secondary"
              aria-pressed={sortBy === by}
              onClick={() => setSortBy(by)}
            >
              {by === 'votes' ? t('questions.byVotes') : t('questions.byTime')}
            </button>
          ))}
        </div>
        <p role="status" className="live-reorder">
          {stale && (
            <button type="button" className="button button--small" onClick={apply}>
              {t('questions.reorder')}
            </button>
          )}
        </p>
        <ErrorText error={vote.error} />
        {state.questions.length === 0 ? (
          <p>{t('questions.none')}</p>
        ) : (
          <ol className="live-questions" {...holdProps}>
            {order.map((questionId) => {
              const q = byId.get(questionId);
              if (!q) return null;
              return (
                <QuestionItem
                  key={q.id}
                  question={q}
                  voted={state.myVotes.has(q.id)}
                  canVote={canVote && q.state !== 'answered'}
                  onVote={(up) => vote.mutate({ questionId: q.id, up })}
                />
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
