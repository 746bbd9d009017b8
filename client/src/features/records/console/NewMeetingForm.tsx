// Creates a meeting as a draft and opens it in the editor. The time is entered in Swedish time.
import { useEffect, useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import type { BodyView } from '@shared/schemas/bodies';
import {
  LOCATION_MAX,
  MEETING_TITLE_MAX,
  MeetingCreateSchema,
  type MeetingView,
} from '@shared/schemas/meetings';
import { apiData } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError, describedBy } from '../../../forms/FieldError';
import { optionalField, swedishDateTime } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';
import { queryKeys } from '../../../query/keys';

// The form's own object (the shared fields, the time as Swedish wall time): the API's schema takes an
// instant.
const NewMeetingSchema = z.object({
  ...MeetingCreateSchema.shape,
  startsAt: swedishDateTime,
  location: optionalField(MeetingCreateSchema.shape.location),
  streamUrl: optionalField(MeetingCreateSchema.shape.streamUrl),
});

export function NewMeetingForm({ bodies }: { bodies: BodyView[] }) {
  const { t } = useTranslation('records');
  const id = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const labels = {
    bodyId: t('console.body'),
    title: t('console.meetingTitle'),
    startsAt: t('console.startsAt'),
    location: t('console.location'),
    streamUrl: t('console.streamUrl'),
  };
  const form = useZodForm(NewMeetingSchema, {
    labels,
    defaultValues: { bodyId: bodies[0]?.id ?? '', title: '', startsAt: '' },
  });
  const { errors } = form.formState;
  // The bodies may arrive after the form: the first one is then the choice.
  const firstBody = bodies[0]?.id;
  const { getValues, setValue } = form;
  useEffect(() => {
    if (firstBody && !getValues('bodyId')) setValue('bodyId', firstBody);
  }, [firstBody, getValues, setValue]);
  const create = useMutation({
    mutationFn: (input: unknown) =>
      apiData<MeetingView>('/meetings', { method: 'POST', json: input }),
    onSuccess: async (meeting) => {
      await client.invalidateQueries({ queryKey: queryKeys.meetings.all });
      await navigate(`/sekreterare/moten/${meeting.id}`);
    },
    onError: (error) => form.applyServerError(error),
  });

  return (
    <form onSubmit={form.handleSubmit((input) => create.mutate(input))} noValidate>
      <div className="field">
        <label htmlFor={`${id}-body`}>{labels.bodyId}</label>
        <select id={`${id}-body`} {...form.register('bodyId')}>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-body-error`} error={errors.bodyId} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{labels.title}</label>
        <input
          id={`${id}-title`}
          maxLength={MEETING_TITLE_MAX}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-title-error`, errors.title)}
          {...form.register('title')}
        />
        <FieldError id={`${id}-title-error`} error={errors.title} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-starts`}>
          {labels.startsAt} <span className="hint">({t('common:swedishTime')})</span>
        </label>
        <input
          id={`${id}-starts`}
          type="datetime-local"
          aria-invalid={errors.startsAt ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-starts-error`, errors.startsAt)}
          {...form.register('startsAt')}
        />
        <FieldError id={`${id}-starts-error`} error={errors.startsAt} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-location`}>{labels.location}</label>
        <input
          id={`${id}-location`}
          maxLength={LOCATION_MAX}
          aria-invalid={errors.location ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-location-error`, errors.location)}
          {...form.register('location')}
        />
        <FieldError id={`${id}-location-error`} error={errors.location} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-stream`}>
          {labels.streamUrl} <span className="hint">{t('console.optional')}</span>
        </label>
        <input
          id={`${id}-stream`}
          type="url"
          aria-invalid={errors.streamUrl ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-stream-error`, errors.streamUrl)}
          {...form.register('streamUrl')}
        />
        <FieldError id={`${id}-stream-error`} error={errors.streamUrl} />
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('console.create')}
      </button>
      <div role="status" aria-live="polite">
        <ErrorText
          error={form.formError(create.error)}
          role="none"
          template={(message) => t('console.failed', { message })}
        />
      </div>
    </form>
  );
}
