// /direkt — live dialogues (open, scheduled, closed), and for secretaries and moderators the form
// that creates a new one.
import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { CreateLiveSessionSchema, LIVE_TITLE_MAX, type LiveSession } from '@shared/schemas/live';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { optionalField } from '../../forms/fields';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { StatusBadge } from './LiveParts';
import { useLiveSessions } from './queries';
import './live.css';

const { meetingId, officialIds, streamUrl } = CreateLiveSessionSchema.shape;

const CreateSchema = z.object({
  ...CreateLiveSessionSchema.shape,
  streamUrl: optionalField(streamUrl),
  meetingId: optionalField(meetingId),
  /** The officials who answer, as a comma-separated list. */
  officialIds: z.preprocess((value) => {
    const ids = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : [];
    const given = ids.filter(Boolean);
    return given.length > 0 ? given : undefined;
  }, officialIds),
});

function CreateForm() {
  const { t } = useTranslation('live');
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = useId();
  const labels = {
    title: t('create.name'),
    streamUrl: t('create.streamUrl'),
    meetingId: t('create.meetingId'),
    officialIds: t('create.officialIds'),
  };
  const form = useZodForm(CreateSchema, {
    labels,
    defaultValues: {
      title: '',
      premoderation: true,
      streamUrl: '',
      meetingId: '',
      officialIds: '',
    },
  });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (input: z.output<typeof CreateSchema>) =>
      apiData<LiveSession>('/live-sessions', { method: 'POST', json: input }),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: queryKeys.live.all });
      await navigate(`/direkt/${created.id}/moderera`);
    },
    onError: (error) => form.applyServerError(error),
  });
  const field = (name: keyof typeof labels) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(undefined, `${id}-${name}-error`, errors[name]),
  });

  return (
    <form
      className="live-create card"
      onSubmit={form.handleSubmit((input) => create.mutate(input))}
      noValidate
    >
      <h2>{t('create.title')}</h2>
      <label htmlFor={`${id}-title`}>{labels.title}</label>
      <input {...field('title')} maxLength={LIVE_TITLE_MAX} {...form.register('title')} />
      <FieldError id={`${id}-title-error`} error={errors.title} />
      <label className="live-check">
        <input type="checkbox" {...form.register('premoderation')} /> {t('create.premoderation')}
      </label>
      <label htmlFor={`${id}-streamUrl`}>{labels.streamUrl}</label>
      <input {...field('streamUrl')} type="url" {...form.register('streamUrl')} />
      <FieldError id={`${id}-streamUrl-error`} error={errors.streamUrl} />
      <label htmlFor={`${id}-meetingId`}>{labels.meetingId}</label>
      <input {...field('meetingId')} {...form.register('meetingId')} />
      <FieldError id={`${id}-meetingId-error`} error={errors.meetingId} />
      <label htmlFor={`${id}-officialIds`}>{labels.officialIds}</label>
      <input {...field('officialIds')} {...form.register('officialIds')} />
      <FieldError id={`${id}-officialIds-error`} error={errors.officialIds} />
      <button type="submit" className="button" disabled={create.isPending}>
        {t('create.submit')}
      </button>
      <ErrorText error={form.formError(create.error)} />
    </form>
  );
}

export function ListPage() {
  const { t } = useTranslation('live');
  const { me } = useSession();
  usePageTitle(t('listTitle'));
  const { data: sessions, error } = useLiveSessions('?pageSize=50');
  const manager = me?.roles.some((r) => ['secretary', 'moderator', 'admin'].includes(r.role));
  return (
    <div className="page live-page">
      <h1>{t('listTitle')}</h1>
      <p className="lead">{t('listIntro')}</p>
      {manager && <CreateForm />}
      <ErrorText error={error} />
      {sessions === undefined ? (
        !error && <p role="status">…</p>
      ) : sessions.length === 0 ? (
        <p>{t('homeNone')}</p>
      ) : (
        <ul className="card-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <Link to={`/direkt/${s.id}`}>{s.title}</Link> <StatusBadge session={s} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
