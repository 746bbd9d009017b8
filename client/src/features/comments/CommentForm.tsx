// The form for a new comment, a reply or an edit: plain text with a few conventions (format.ts),
// checked for length like the server does, errors announced next to the field.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_LIMITS } from '@shared/schemas/comments';
import { ApiError } from '../../api';
import { textToHtml, visibleLength } from './format';

interface Props {
  label: string;
  submitLabel: string;
  initialText?: string;
  autoFocus?: boolean;
  onSubmit: (html: string) => Promise<void>;
  onCancel?: () => void;
}

export function CommentForm({
  label,
  submitLabel,
  initialText = '',
  autoFocus,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation('comments');
  const id = useId();
  const [text, setText] = useState(initialText);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const max = COMMENT_LIMITS.maxTextLength;
  const length = visibleLength(text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (length === 0) return setError(t('form.empty'));
    if (length > max) return setError(t('form.tooLong', { count: length, max }));
    setSending(true);
    setError('');
    try {
      await onSubmit(textToHtml(text));
      setText('');
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) setError(t('form.rateLimited'));
      else if (e instanceof ApiError && e.status === 400) setError(t('form.empty'));
      else setError(t('form.failed'));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          // Focus goes here only when the person asked for this form (reply, edit).
          autoFocus={autoFocus}
          rows={4}
        />
        <span id={`${id}-hint`} className="hint">
          {t('form.hint', { max })}
        </span>
        <span id={`${id}-count`} className={length > max ? 'hint error-text' : 'hint'}>
          {t('form.remaining', { count: max - length })}
        </span>
        {error && (
          <p id={`${id}-error`} className="error-text" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="comment-form__buttons">
        <button type="submit" className="button" disabled={sending}>
          {sending ? t('form.sending') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
