// Records an agenda item's decision on a published meeting; before the meeting starts only as an
// explicit "record in advance" (the server refuses otherwise, and the form says what to tick).
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  DECISION_BEFORE_MEETING,
  DecisionInputSchema,
  type AgendaItemView,
  type MeetingView,
} from '@shared/schemas/meetings';
import { api, ApiError } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError, describedBy } from '../../../forms/FieldError';
import { useZodForm } from '../../../forms/useZodForm';

export function ItemDecisionForm({
  meeting,
  item,
  onSaved,
}: {
  meeting: MeetingView;
  item: AgendaItemView;
  onSaved: () => void;
}) {
  const { t } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const id = useId();
  const [saved, setSaved] = useState(false);
  // Judged when the form is shown: a meeting that starts meanwhile still asks, the server decides.
  const [beforeStart] = useState(() => new Date(meeting.startsAt).getTime() > Date.now());
  const labels = { text: t('editor.decision', { title: item.title }) };
  const form = useZodForm(DecisionInputSchema, {
    labels,
    defaultValues: { text: item.decision?.text ?? '', inAdvance: false },
  });
  const { errors } = form.formState;
  const decide = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${item.meetingId}/agenda-items/${item.id}/decision`, {
        method: 'PUT',
        json: input,
      }),
    onMutate: () => setSaved(false),
    onSuccess: () => {
      setSaved(true);
      onSaved();
    },
    onError: (error) => form.applyServerError(error),
  });
  const early =
    decide.error instanceof ApiError &&
    (decide.error.details as { reason?: string } | undefined)?.reason === DECISION_BEFORE_MEETING;
  return (
    <form
      onSubmit={form.handleSubmit((input) => decide.mutate(input))}
      className="records-subform"
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-decision`}>{labels.text}</label>
        <textarea
          id={`${id}-decision`}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-decision-error`, errors.text)}
          {...form.register('text')}
        />
        <FieldError id={`${id}-decision-error`} error={errors.text} />
      </div>
      {beforeStart && (
        <div className="field">
          <p id={`${id}-advance-hint`} className="hint">
            {tw('console.decision.inAdvance')}
          </p>
          <input
            id={`${id}-advance`}
            type="checkbox"
            aria-describedby={`${id}-advance-hint`}
            {...form.register('inAdvance')}
          />{' '}
          <label htmlFor={`${id}-advance`} className="plain-label">
            {tw('console.decision.inAdvanceCheck')}
          </label>
        </div>
      )}
      <button type="submit" className="button button--small" disabled={decide.isPending}>
        {t('editor.saveDecision')}
      </button>
      <div role="status" aria-live="polite">
        {saved && (
          <p className="success-text">{tw('console.decision.saved', { number: item.number })}</p>
        )}
        {early ? (
          <p className="error-text">{tw('console.decision.needsInAdvance')}</p>
        ) : (
          <ErrorText
            error={form.formError(decide.error)}
            role="none"
            template={(message) => t('console.failed', { message })}
          />
        )}
      </div>
    </form>
  );
}
