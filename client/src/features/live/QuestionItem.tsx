// One question in a list: text, who asked (or "Anonym"), votes with the vote button, the
// answered badge and written answer. Moderator and official tools are passed in as children.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveQuestion } from '@shared/schemas/live';

interface Props {
  question: LiveQuestion;
  voted?: boolean;
  canVote?: boolean;
  onVote?: (up: boolean) => void;
  showAuthorAlways?: boolean;
  children?: ReactNode;
}

export function QuestionItem({
  question,
  voted,
  canVote,
  onVote,
  showAuthorAlways,
  children,
}: Props) {
  const { t } = useTranslation('live');
  const author = question.author?.displayName ?? t('questions.anonymous');
  return (
    <li className={`live-question live-question--${question.state}`} data-question-id={question.id}>
      <p className="live-question__text">
        {question.text}
        {question.edited && (
          <span className="live-question__edited"> ({t('questions.edited')})</span>
        )}
      </p>
      <p className="live-question__meta">
        <span>{author}</span>
        {showAuthorAlways && question.anonymous && (
          <span> · {t('moderate.anonymousToPublic')}</span>
        )}
        {' · '}
        <span className="live-question__votes">
          {t('questions.votes', { count: question.votes })}
        </span>
        {/* The space outside the pill: inside it, it is lost and the words run together. */}
        {question.state === 'answered' && (
          <>
            {' '}
            <span className="live-badge live-badge--answered">{t('questions.answered')}</span>
          </>
        )}
      </p>
      {question.answer && (
        <p className="live-question__answer">
          <strong>{t('questions.answer')}:</strong> {question.answer}
        </p>
      )}
      {question.state === 'answered' && question.answeredBy && (
        <p className="live-question__answerer">
          {question.answeredBy.body
            ? t('questions.answeredByIn', {
                name: question.answeredBy.displayName,
                body: question.answeredBy.body,
              })
            : t('questions.answeredBy', { name: question.answeredBy.displayName })}
        </p>
      )}
      {/* An answered question takes no more votes (the server refuses them too). */}
      {canVote && onVote && question.state !== 'answered' && (
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={voted === true}
          aria-label={`${voted ? t('questions.unvote') : t('questions.vote')}: ${question.text}`}
          onClick={() => onVote(!voted)}
        >
          {voted ? `▲ ${t('questions.unvote')}` : `△ ${t('questions.vote')}`}
        </button>
      )}
      {children}
    </li>
  );
}
