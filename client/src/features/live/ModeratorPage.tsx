// /direkt/:id/moderera — the moderator console: open or close the session, the queue of pending
// questions (approve, reject, edit, merge, ban) and the published and rejected questions.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LiveQuestion } from '@shared/schemas/live';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { queryKeys } from '../../query/keys';
import { usePageTitle } from '../../usePageTitle';
import { Announcer, ConnectionNotice, SessionLinks, StatusBadge } from './LiveParts';
import { ModerationTools } from './ModerationTools';
import { QuestionItem } from './QuestionItem';
import { isMissing, sortQuestions, useLiveSession } from './useLiveSession';
import './live.css';

export function ModeratorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('live');
  const { state } = useLiveSession(id, { moderator: true });
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const transition = useMutation({
    mutationFn: (action: 'open' | 'close') =>
      apiData(`/live-sessions/${id}/${action}`, { method: 'POST' }),
    onSuccess: () => {
      setError(null);
      void client.invalidateQueries({ queryKey: queryKeys.live.all });
    },
    onError: setError,
  });
  const { session } = state;
  usePageTitle(t('moderate.title', { title: session?.title ?? '' }));

  if (state.error?.code === 'forbidden' || state.error?.code === 'unauthenticated') {
    return (
      <div className="page">
        <h1>{t('moderate.forbidden')}</h1>
      </div>
    );
  }
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
        <h1>{t('moderate.title', { title: '' })}</h1>
        {state.error ? <ErrorText error={state.error} /> : <p role="status">…</p>}
      </div>
    );
  }

  const byState = (...states: LiveQuestion['state'][]) =>
    sortQuestions(
      state.questions.filter((q) => states.includes(q.state)),
      'time',
    );
  const pending = byState('pending');
  const published = byState('visible', 'answering', 'answered');
  const rejected = byState('rejected');
  const list = (items: LiveQuestion[]) => (
    <ol className="live-questions">
      {items.map((q) => (
        <QuestionItem key={q.id} question={q} showAuthorAlways>
          {session.status === 'open' && (
            <ModerationTools
              question={q}
              others={published.filter((o) => o.id !== q.id)}
              onError={setError}
            />
          )}
        </QuestionItem>
      ))}
    </ol>
  );

  return (
    <div className="page live-page">
      <h1>
        {t('moderate.title', { title: session.title })} <StatusBadge session={session} />
      </h1>
      <SessionLinks session={session} abilities={state.abilities} current="moderate" />
      <ConnectionNotice connected={state.connected} />
      <Announcer text={state.announcement} />
      <p>
        {session.status === 'scheduled' && (
          <button
            type="button"
            className="button"
            disabled={transition.isPending}
            onClick={() => transition.mutate('open')}
          >
            {t('open')}
          </button>
        )}
        {session.status === 'open' && (
          <button
            type="button"
            className="button button--danger"
            disabled={transition.isPending}
            onClick={() => transition.mutate('close')}
          >
            {t('close')}
          </button>
        )}
      </p>
      <ErrorText error={error} />
      <section aria-labelledby="live-queue-heading">
        <h2 id="live-queue-heading">{t('moderate.queue')}</h2>
        {pending.length === 0 ? <p>{t('moderate.queueEmpty')}</p> : list(pending)}
      </section>
      <section aria-labelledby="live-published-heading">
        <h2 id="live-published-heading">{t('moderate.published')}</h2>
        {published.length === 0 ? <p>{t('questions.none')}</p> : list(published)}
      </section>
      {rejected.length > 0 && (
        <section aria-labelledby="live-rejected-heading">
          <h2 id="live-rejected-heading">{t('moderate.rejected')}</h2>
          {list(rejected)}
        </section>
      )}
    </div>
  );
}
