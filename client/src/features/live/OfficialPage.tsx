// /direkt/:id/svara — the official's view: mark a question "answering now" (one at a time) and
// "answered", optionally with a written answer. Answered questions leave the queue.
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LIVE_ANSWER_MAX, type LiveQuestion, type MarkPayload } from '@shared/schemas/live';
import { ErrorText } from '../../errors/ErrorText';
import { emit } from '../../realtime/socket';
import { usePageTitle } from '../../usePageTitle';
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

function MarkTools({
  question,
  onError,
}: {
  question: LiveQuestion;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('live');
  const id = useId();
  const [answer, setAnswer] = useState(question.answer ?? '');
  const send = useMutation({
    mutationFn: (payload: MarkPayload) => emit('live:mark', payload),
    onSuccess: () => onError(null),
    onError,
  });
  const mark = (state: MarkPayload['state']) =>
    send.mutate({
      questionId: question.id,
      state,
      ...(state === 'answered' && answer.trim() ? { answer: answer.trim() } : {}),
    });
  return (
    <div className="live-tools">
      {question.state !== 'answering' && (
        <button
          type="button"
          className="button button--small"
          disabled={send.isPending}
          onClick={() => mark('answering')}
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
        disabled={send.isPending}
        onClick={() => mark('answered')}
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
  const [error, setError] = useState<unknown>(null);
  const { session } = state;
  usePageTitle(t('official.title', { title: session?.title ?? '' }));

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
        <h1>{t('official.title', { title: '' })}</h1>
        {state.error ? <ErrorText error={state.error} /> : <p role="status">…</p>}
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
  // The queue holds what still waits for an answer; answered questions go to a list of their own.
  const queue = sortQuestions(
    state.questions.filter((q) => q.state !== 'answered'),
    'votes',
  );
  const answered = state.questions.filter((q) => q.state === 'answered');
  return (
    <div className="page live-page">
      <h1>
        {t('official.title', { title: session.title })} <StatusBadge session={session} />
      </h1>
      <SessionLinks session={session} abilities={state.abilities} current="official" />
      <ConnectionNotice connected={state.connected} />
      <Announcer text={state.announcement} />
      <AnsweringBanner question={answering} />
      <ErrorText error={error} />
      <section aria-labelledby="live-official-heading">
        <h2 id="live-official-heading">{t('official.queue')}</h2>
        {queue.length === 0 ? (
          <p>{t('official.queueEmpty')}</p>
        ) : (
          <ol className="live-questions">
            {queue.map((q) => (
              <QuestionItem key={q.id} question={q}>
                {session.status === 'open' && <MarkTools question={q} onError={setError} />}
              </QuestionItem>
            ))}
          </ol>
        )}
      </section>
      {answered.length > 0 && (
        <section aria-labelledby="live-official-answered">
          <h2 id="live-official-answered">{t('official.answered')}</h2>
          <ol className="live-questions">
            {answered.map((q) => (
              <QuestionItem key={q.id} question={q} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
