// The meeting's own fields in the secretary console, folded away until opened: title, time
// (Swedish time, named at the field), place and stream; the save said in a live status.
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  LOCATION_MAX,
  MEETING_TITLE_MAX,
  MeetingCreateSchema,
  type MeetingView,
} from '@shared/schemas/meetings';
import { api } from '../../../api';
import { isoToStockholmInput } from '../../../dates';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError, describedBy } from '../../../forms/FieldError';
import { swedishDateTime } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';

/** The meeting's own fields as the secretary edits them; an emptied place or stream is cleared. */
const DetailsSchema = z.object({
  title: MeetingCreateSchema.shape.title,
  startsAt: swedishDateTime,
  location: z
    .string()
    .trim()
    .max(LOCATION_MAX)
    .transform((value) => value || null),
  streamUrl: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(
      z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .nullable(),
    ),
});

export function MeetingDetailsForm({
  meeting,
  onSaved,
}: {
  meeting: MeetingView;
  onSaved: () => void;
}) {
  const { t } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const id = useId();
  const [saved, setSaved] = useState(false);
  const labels = {
    title: t('console.meetingTitle'),
    startsAt: t('console.startsAt'),
    location: t('console.location'),
    streamUrl: t('console.streamUrl'),
  };
  const form = useZodForm(DetailsSchema, {
    labels,
    defaultValues: {
      title: meeting.title,
      startsAt: isoToStockholmInput(meeting.startsAt),
      location: meeting.location ?? '',
      streamUrl: meeting.streamUrl ?? '',
    },
  });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${meeting.id}`, { method: 'PATCH', json: input }),
    onMutate: () => setSaved(false),
    onSuccess: () => {
      setSaved(true);
      onSaved();
    },
    onError: (error) => form.applyServerError(error),
  });
  const field = (name: keyof typeof labels) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(undefined, `${id}-${name}-error`, errors[name]),
  });
  return (
    <details className="records-subform">
      <summary>{tw('console.editMeeting')}</summary>
      <form onSubmit={form.handleSubmit((input) => save.mutate(input))} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>{labels.title}</label>
          <input {...field('title')} maxLength={MEETING_TITLE_MAX} {...form.register('title')} />
          <FieldError id={`${id}-title-error`} error={errors.title} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-startsAt`}>
            {labels.startsAt} <span className="hint">({t('common:swedishTime')})</span>
          </label>
          <input {...field('startsAt')} type="datetime-local" {...form.register('startsAt')} />
          <FieldError id={`${id}-startsAt-error`} error={errors.startsAt} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-location`}>{labels.location}</label>
          <input {...field('location')} maxLength={LOCATION_MAX} {...form.register('location')} />
          <FieldError id={`${id}-location-error`} error={errors.location} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-streamUrl`}>
            {labels.streamUrl} <span className="hint">{t('console.optional')}</span>
          </label>
          <input {...field('streamUrl')} type="url" {...form.register('streamUrl')} />
          <FieldError id={`${id}-streamUrl-error`} error={errors.streamUrl} />
        </div>
        <button type="submit" className="button button--small" disabled={save.isPending}>
          {tw('console.save')}
        </button>
        <div role="status" aria-live="polite">
          {saved && <p className="success-text">{tw('console.saved')}</p>}
          <ErrorText
            error={form.formError(save.error)}
            role="none"
            template={(message) => t('console.failed', { message })}
          />
        </div>
      </form>
    </details>
  );
}
