// The form for a new comment, a reply or an edit: plain text with a few conventions (format.ts),
// checked for length like the server does (the visible text, which the shared limit counts),
// errors announced next to the field. After a failed try the check runs as the person types, so
// the error goes away once the text is right.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_LIMITS } from '@shared/schemas/comments';
import { useErrorText } from '../../errors/ErrorText';
import { useFocusOnMount } from '../../layout/useFocusOnMount';
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
  const errorText = useErrorText();
  // Focus goes to the text only when the person asked for this form (reply, edit).
  const focusRef = useFocusOnMount<HTMLTextAreaElement>(autoFocus === true);
  const [text, setText] = useState(initialText);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const max = COMMENT_LIMITS.maxTextLength;
  const length = visibleLength(text);
  const problem =
    length === 0 ? t('form.empty') : length > max ? t('form.tooLong', { count: length, max }) : '';
  const error =
    (tried && problem) ||
    (failure
      ? errorText(failure, {
          overrides: { validation_failed: t('form.empty'), rate_limited: t('form.rateLimited') },
        })
      : '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (problem) return;
    setSending(true);
    try {
      const sent = text;
      await onSubmit(textToHtml(sent));
      // Emptied only if unchanged: what was typed after sending is kept.
      setText((current) => (current === sent ? '' : current));
      setTried(false);
    } catch (e) {
      setFailure(e);
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
          onChange={(e) => {
            setText(e.target.value);
            setFailure(null);
          }}
          aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          ref={focusRef}
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
