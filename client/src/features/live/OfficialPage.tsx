// /direkt/:id/svara — the official's view: mark a question "answering now" (one at a time) and
// "answered", optionally with a written answer.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LiveQuestion, MarkPayload } from '@shared/schemas/live';
import { LIVE_ANSWER_MAX } from '@shared/schemas/live';
import { usePageTitle } from '../../usePageTitle';
import {
  AnsweringBanner,
  Announcer,
  ConnectionNotice,
  SessionLinks,
  StatusBadge,
} from './LiveParts';
import { QuestionItem } from './QuestionItem';
import { emitLive } from './socket';
import { sortQuestions, useLiveSession } from './useLiveSession';
import './live.css';

function MarkTools({
  question,
  onError,
}: {
  question: LiveQuestion;
  onError: (m: string) => void;
}) {
  const { t } = useTranslation('live');
  const id = useId();
  const [answer, setAnswer] = useState(question.answer ?? '');
  async function mark(state: MarkPayload['state']) {
    const payload: MarkPayload = { questionId: question.id, state };
    if (state === 'answered' && answer.trim()) payload.answer = answer.trim();
    const ack = await emitLive<LiveQuestion>('live:mark', payload);
    onError(ack.ok ? '' : t('error', { message: ack.error.message }));
  }
  return (
    <div className="live-tools">
      {question.state !== 'answering' && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void mark('answering')}
        >
          {t('official.markAnswering')}
        </button>
      )}
      <label htmlFor={`${id}-answer`}>{t('official.answerLabel')}</label>
      <textarea
        id={`${id}-answer`}
        rows={2}
        maxLength={LIVE_ANSWER_MAX}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => void mark('answered')}
      >
        {t('official.markAnswered')}
      </button>
    </div>
  );
}

export function OfficialPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('live');
  const { state } = useLiveSession(id);
  const [error, setError] = useState('');
  const { session } = state;
  usePageTitle(t('official.title', { title: session?.title ?? '' }));

  if (state.error) {
    return (
      <div className="page">
        <h1>{t('notFound')}</h1>
      </div>
    );
  }
  if (!session) {
    return (
      <div className="page">
        <h1>{t('official.title', { title: '' })}</h1>
        <p role="status">…</p>
      </div>
    );
  }
  if (!state.abilities.mark) {
    return (
      <div className="page">
        <h1>{t('official.forbidden')}</h1>
      </div>
    );
  }
  const answering = state.questions.find((q) => q.state === 'answering');
  return (
    <div className="page live-page">
      <h1>
        {t('official.title', { title: session.title })} <StatusBadge session={session} />
      </h1>
      <SessionLinks session={session} abilities={state.abilities} current="official" />
      <ConnectionNotice connected={state.connected} />
      <Announcer text={state.announcement} />
      <AnsweringBanner question={answering} />
      {error && <p role="alert">{error}</p>}
      <section aria-labelledby="live-official-heading">
        <h2 id="live-official-heading">{t('questions.title')}</h2>
        {state.questions.length === 0 ? (
          <p>{t('questions.none')}</p>
        ) : (
          <ol className="live-questions">
            {sortQuestions(state.questions, 'votes').map((q) => (
              <QuestionItem key={q.id} question={q}>
                {session.status === 'open' && <MarkTools question={q} onError={setError} />}
              </QuestionItem>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
