// /direkt/:id/moderera — the moderator console: open or close the session, the queue of pending
// questions (approve, reject, edit, merge, ban) and the published and rejected questions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LiveQuestion } from '@shared/schemas/live';
import { apiData } from '../../api';
import { usePageTitle } from '../../usePageTitle';
import { Announcer, ConnectionNotice, SessionLinks, StatusBadge } from './LiveParts';
import { ModerationTools } from './ModerationTools';
import { QuestionItem } from './QuestionItem';
import { sortQuestions, useLiveSession } from './useLiveSession';
import './live.css';

export function ModeratorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('live');
  const { state } = useLiveSession(id, { moderator: true });
  const [error, setError] = useState('');
  const { session } = state;
  usePageTitle(t('moderate.title', { title: session?.title ?? '' }));

  if (state.error === 'forbidden' || state.error === 'unauthenticated') {
    return (
      <div className="page">
        <h1>{t('moderate.forbidden')}</h1>
      </div>
    );
  }
  if (state.error === 'not_found' || state.error === 'validation_failed') {
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
        <p role="status">…</p>
      </div>
    );
  }

  async function transition(action: 'open' | 'close') {
    try {
      await apiData(`/live-sessions/${id}/${action}`, { method: 'POST' });
      setError('');
    } catch (e) {
      setError(t('error', { message: (e as Error).message }));
    }
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
          <button type="button" className="button" onClick={() => void transition('open')}>
            {t('open')}
          </button>
        )}
        {session.status === 'open' && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => void transition('close')}
          >
            {t('close')}
          </button>
        )}
      </p>
      {error && <p role="alert">{error}</p>}
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
