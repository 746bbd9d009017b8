// /direkt/:id — watch, ask and vote: the stream, the "answering now" banner pinned on top, the
// ask box, and the questions sorted by votes or time, all kept live over Socket.IO.
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
import './live.css';

export function LivePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('live');
  const { me } = useSession();
  const { state, setVoted } = useLiveSession(id);
  const [sortBy, setSortBy] = useState<'votes' | 'time'>('votes');
  const vote = useMutation({
    mutationFn: (input: { questionId: string; up: boolean }) => emit('live:vote', input),
    onSuccess: (answer) => setVoted(answer.questionId, answer.voted, answer.votes),
  });
  const { session, abilities } = state;
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
        <AskForm sessionId={session.id} />
      ) : (
        <p className="live-help">{t('ask.closed')}</p>
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
        <ErrorText error={vote.error} />
        {state.questions.length === 0 ? (
          <p>{t('questions.none')}</p>
        ) : (
          <ol className="live-questions">
            {sortQuestions(state.questions, sortBy).map((q) => (
              <QuestionItem
                key={q.id}
                question={q}
                voted={state.myVotes.has(q.id)}
                canVote={canVote}
                onVote={(up) => vote.mutate({ questionId: q.id, up })}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
