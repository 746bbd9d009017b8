// /direkt — live dialogues (open, scheduled, closed), and for secretaries and moderators the form
// that creates a new one.
import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { CreateLiveSessionSchema, LIVE_TITLE_MAX, type LiveSession } from '@shared/schemas/live';
import { apiData } from '../../api';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { optionalField } from '../../forms/fields';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { StatusBadge } from './LiveParts';
import { useBodyMembers, useLiveSessions, useMeetingChoices } from './queries';
import './live.css';

const { meetingId, streamUrl } = CreateLiveSessionSchema.shape;

const CreateSchema = z.object({
  ...CreateLiveSessionSchema.shape,
  streamUrl: optionalField(streamUrl),
  meetingId: optionalField(meetingId),
});

/**
 * The secretary's form: a title, the meeting chosen from the coming meetings (or none: a
 * standalone dialogue), and the panel chosen among the members of the meeting's body.
 */
function CreateForm() {
  const { t, i18n } = useTranslation('live');
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = useId();
  const labels = {
    title: t('create.name'),
    streamUrl: t('create.streamUrl'),
    meetingId: t('create.meeting'),
    officialIds: t('create.panel'),
  };
  const form = useZodForm(CreateSchema, {
    labels,
    defaultValues: {
      title: '',
      premoderation: true,
      streamUrl: '',
      meetingId: '',
      officialIds: [],
    },
  });
  const { errors } = form.formState;
  const meetings = useMeetingChoices(true);
  const chosenMeeting = meetings.data?.data.find((m) => m.id === form.watch('meetingId'));
  const body = useBodyMembers(chosenMeeting?.bodyId);
  const panel = form.watch('officialIds') ?? [];
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
  const meetingField = form.register('meetingId');

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
      <label htmlFor={`${id}-meetingId`}>{labels.meetingId}</label>
      <select
        {...field('meetingId')}
        {...meetingField}
        onChange={(event) => {
          // Another body has other members: the panel is chosen again.
          form.setValue('officialIds', []);
          return meetingField.onChange(event);
        }}
      >
        <option value="">{t('create.noMeeting')}</option>
        {(meetings.data?.data ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {`${m.bodyName}: ${m.title}, ${formatDateTime(m.startsAt, i18n.language, 'medium')}`}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-meetingId-error`} error={errors.meetingId} />
      <fieldset className="live-panel" aria-describedby={`${id}-panel-help`}>
        <legend>{labels.officialIds}</legend>
        <p id={`${id}-panel-help`} className="live-help">
          {chosenMeeting
            ? t('create.panelHelp', { body: chosenMeeting.bodyName })
            : t('create.panelNeedsMeeting')}
        </p>
        {chosenMeeting && body.data?.members.length === 0 && <p>{t('create.panelNone')}</p>}
        {chosenMeeting &&
          body.data?.members.map((member) => (
            <label key={member.userId} className="live-check">
              <input
                type="checkbox"
                checked={panel.includes(member.userId)}
                onChange={(event) =>
                  form.setValue(
                    'officialIds',
                    event.target.checked
                      ? [...panel, member.userId]
                      : panel.filter((userId) => userId !== member.userId),
                  )
                }
              />{' '}
              {member.displayName}
              {member.party ? ` (${member.party})` : ''}
            </label>
          ))}
        <ErrorText error={body.error} />
      </fieldset>
      <FieldError id={`${id}-officialIds-error`} error={errors.officialIds} />
      <label className="live-check">
        <input type="checkbox" {...form.register('premoderation')} /> {t('create.premoderation')}
      </label>
      <label htmlFor={`${id}-streamUrl`}>{labels.streamUrl}</label>
      <input {...field('streamUrl')} type="url" {...form.register('streamUrl')} />
      <FieldError id={`${id}-streamUrl-error`} error={errors.streamUrl} />
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
