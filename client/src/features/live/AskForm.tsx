// The ask box: a question within the shared length limit, optionally anonymous to the public,
// checked with the same schema as the server's `live:ask`.
import { useId } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AskPayloadSchema, LIVE_QUESTION_MAX, type LiveQuestion } from '@shared/schemas/live';
import { useErrorText } from '../../errors/ErrorText';
import { FieldError } from '../../forms/FieldError';
import { useZodForm } from '../../forms/useZodForm';
import { emit, type EmitPayload } from '../../realtime/socket';

export function AskForm({
  sessionId,
  onAsked,
}: {
  sessionId: string;
  /** My question as stored (pending under pre-moderation). */
  onAsked?: (question: LiveQuestion) => void;
}) {
  const { t } = useTranslation('live');
  const id = useId();
  const errorText = useErrorText();
  const labels = { text: t('ask.label') };
  const form = useZodForm(AskPayloadSchema, {
    labels,
    defaultValues: { sessionId, text: '', anonymous: false },
  });
  const ask = useMutation({
    mutationFn: (input: EmitPayload<'live:ask'>) => emit('live:ask', input),
    onSuccess: (question) => {
      onAsked?.(question);
      form.reset({ sessionId, text: '', anonymous: form.getValues('anonymous') });
    },
    onError: (error) => form.applyServerError(error),
  });
  const text = form.watch('text');
  const { errors } = form.formState;
  const failure = form.formError(ask.error);
  const status = failure
    ? errorText(failure)
    : ask.data
      ? ask.data.state === 'pending'
        ? t('ask.sentPending')
        : t('ask.sentVisible')
      : '';

  return (
    <form
      className="live-ask"
      onSubmit={form.handleSubmit((input) => ask.mutate(input))}
      noValidate
    >
      <h2>{t('ask.title')}</h2>
      <label htmlFor={`${id}-text`}>{labels.text}</label>
      <textarea
        id={`${id}-text`}
        maxLength={LIVE_QUESTION_MAX}
        rows={3}
        aria-invalid={errors.text ? true : undefined}
        aria-describedby={`${id}-help${errors.text ? ` ${id}-error` : ''}`}
        {...form.register('text')}
      />
      <p id={`${id}-help`} className="live-help">
        {t('ask.help', { max: LIVE_QUESTION_MAX })}{' '}
        {t('ask.remaining', { count: LIVE_QUESTION_MAX - text.length })}
      </p>
      <FieldError id={`${id}-error`} error={errors.text} />
      <label className="live-check">
        <input type="checkbox" {...form.register('anonymous')} /> {t('ask.anonymous')}
      </label>
      <button type="submit" className="button" disabled={ask.isPending || text.trim() === ''}>
        {t('ask.submit')}
      </button>
      <p role="status" className={failure ? 'live-help error-text' : 'live-help'}>
        {status}
      </p>
    </form>
  );
}
