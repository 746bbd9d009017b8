// Edits one meeting in the secretary console (/sekreterare/moten/:id): its title, time (Swedish
// time, named at the field), place and stream; the agenda; publishing (kallelse) after a preview
// and a confirmation; removing a draft (confirmed); documents; and after the meeting the minutes
// and the announcement of approval on the notice board (confirmed). Every save says so in a live
// status.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import type { DocumentView } from '@shared/schemas/documents';
import {
  ApprovalInputSchema,
  LOCATION_MAX,
  MEETING_TITLE_MAX,
  MeetingCreateSchema,
  MinutesInputSchema,
  type MeetingView,
} from '@shared/schemas/meetings';
import { api } from '../../../api';
import { formatDate, formatDateTime, isoToStockholmInput, stockholmToday } from '../../../dates';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError, describedBy } from '../../../forms/FieldError';
import { optionalField, swedishDateTime } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';
import { queryKeys } from '../../../query/keys';
import { usePageTitle } from '../../../usePageTitle';
import { useDocuments, useMeeting } from '../queries';
import { Confirm } from './Confirm';
import { AgendaEditor } from './AgendaEditor';
import { DocumentUploadForm } from './DocumentUploadForm';
import { useConsole } from './useConsole';
import '../records.css';

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

function DetailsForm({ meeting, onSaved }: { meeting: MeetingView; onSaved: () => void }) {
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

/** The notice as everyone will see it, before it is published. */
function Preview({ meeting }: { meeting: MeetingView }) {
  const { t, i18n } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  return (
    <section className="console-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{tw('console.publish.heading')}</h2>
      <p>{tw('console.publish.intro')}</p>
      <p>
        <strong>{meeting.title}</strong>
      </p>
      <p className="meta">
        {meeting.bodyName} · {formatDateTime(meeting.startsAt, i18n.language)}
        {meeting.location ? ` · ${meeting.location}` : ''}
      </p>
      {meeting.items.length === 0 ? (
        <p>{t('editor.emptyAgenda')}</p>
      ) : (
        <ol className="agenda">
          {meeting.items.map((item) => (
            <li key={item.id}>
              § {item.number} {item.title}
              {item.documents.length > 0 && (
                <ul className="document-links">
                  {item.documents.map((d) => (
                    <li key={d.id}>{d.title}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const ApprovalForm = ApprovalInputSchema.safeExtend({
  approvedOn: optionalField(ApprovalInputSchema.shape.approvedOn),
});

function MinutesEditor({
  meeting,
  documents,
  onChange,
}: {
  meeting: MeetingView;
  documents: DocumentView[];
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const id = useId();
  const [done, setDone] = useState('');
  const [approval, setApproval] = useState<unknown>(null);
  const protocols = documents.filter((d) => d.kind === 'protokoll');
  const minutes = meeting.minutes;
  const attachLabels = { documentId: t('editor.minutesDocument') };
  const attachForm = useZodForm(MinutesInputSchema, {
    labels: attachLabels,
    defaultValues: { documentId: minutes?.document.id ?? '' },
  });
  const approveLabels = { approvedOn: t('editor.approvedOn') };
  const approveForm = useZodForm(ApprovalForm, {
    labels: approveLabels,
    defaultValues: { approvedOn: stockholmToday() },
  });
  const attach = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${meeting.id}/minutes`, { method: 'PUT', json: input }),
    onMutate: () => setDone(''),
    onSuccess: () => {
      setDone(tw('console.minutes.attached'));
      onChange();
    },
    onError: (error) => attachForm.applyServerError(error),
  });
  const approve = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${meeting.id}/minutes/approval`, { method: 'POST', json: input }),
    onMutate: () => setDone(''),
    onSuccess: () => {
      setApproval(null);
      setDone(tw('console.minutes.announced'));
      onChange();
    },
    onError: (error) => approveForm.applyServerError(error),
  });
  const failure = attachForm.formError(attach.error) ?? approveForm.formError(approve.error);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('editor.minutes')}</h2>
      {minutes?.appealEndsOn ? (
        <p>
          {t('meeting.approved', {
            approved: formatDate(minutes.approvedOn ?? '', i18n.language),
            posted: formatDate(minutes.postedOn ?? '', i18n.language),
            ends: formatDate(minutes.appealEndsOn, i18n.language),
          })}
        </p>
      ) : (
        <>
          <form onSubmit={attachForm.handleSubmit((input) => attach.mutate(input))} noValidate>
            <div className="field">
              <label htmlFor={`${id}-doc`}>{attachLabels.documentId}</label>
              <select id={`${id}-doc`} {...attachForm.register('documentId')}>
                <option value="" disabled>
                  {protocols.length === 0 ? t('editor.noProtocols') : t('editor.choose')}
                </option>
                {protocols.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-doc-error`} error={attachForm.formState.errors.documentId} />
            </div>
            <button type="submit" className="button button--secondary">
              {t('editor.attachMinutes')}
            </button>
          </form>
          {minutes && (
            // Posting on the notice board starts the appeal period: asked first.
            <form onSubmit={approveForm.handleSubmit((input) => setApproval(input))} noValidate>
              <p>{t('editor.attached', { title: minutes.document.title })}</p>
              <div className="field">
                <label htmlFor={`${id}-approved`}>{approveLabels.approvedOn}</label>
                <input id={`${id}-approved`} type="date" {...approveForm.register('approvedOn')} />
                <FieldError
                  id={`${id}-approved-error`}
                  error={approveForm.formState.errors.approvedOn}
                />
              </div>
              <button type="submit" className="button">
                {t('editor.announce')}
              </button>
              {approval !== null && (
                <Confirm
                  question={tw('console.minutes.announceConfirm')}
                  yes={tw('console.minutes.announceYes')}
                  busy={approve.isPending}
                  onCancel={() => setApproval(null)}
                  onYes={() => approve.mutate(approval)}
                />
              )}
            </form>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
        {done && <p className="success-text">{done}</p>}
        <ErrorText
          error={failure}
          role="none"
          template={(message) => t('console.failed', { message })}
        />
      </div>
    </section>
  );
}

export function MeetingEditor() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const client = useQueryClient();
  const navigate = useNavigate();
  const { bodies } = useConsole();
  const meeting = useMeeting(id);
  const [previewing, setPreviewing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const bodyId = meeting.data?.bodyId;
  const documents = useDocuments(
    `bodyId=${bodyId ?? ''}&kind=protokoll&pageSize=100`,
    bodyId !== undefined,
  );
  const reload = () => {
    void client.invalidateQueries({ queryKey: queryKeys.meetings.all });
    void client.invalidateQueries({ queryKey: queryKeys.documents.all });
  };
  const publish = useMutation({
    mutationFn: () => api(`/meetings/${id}/publish`, { method: 'POST' }),
    onSuccess: () => {
      setPreviewing(false);
      reload();
    },
  });
  const remove = useMutation({
    mutationFn: () => api(`/meetings/${id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.meetings.all });
      await navigate('/sekreterare', { state: { notice: tw('console.deleted') } });
    },
  });
  usePageTitle(
    meeting.data ? t('editor.title', { title: meeting.data.title }) : t('console.title'),
  );

  if (!meeting.data) {
    return (
      <div className="page records">
        <h1>{t('console.title')}</h1>
        {meeting.error ? (
          <ErrorText error={meeting.error} overrides={{ not_found: t('meeting.notFoundText') }} />
        ) : (
          <p>{t('common:loading')}</p>
        )}
      </div>
    );
  }
  const current = meeting.data;
  const body = bodies.find((b) => b.id === current.bodyId);
  const isDraft = current.status === 'draft';
  return (
    <div className="page records">
      <p className="meta">
        <Link to="/sekreterare">{t('editor.back')}</Link>
      </p>
      <h1>{t('editor.title', { title: current.title })}</h1>
      <p className="meta">
        {current.bodyName} · {formatDateTime(current.startsAt, i18n.language)}
        {current.location ? ` · ${current.location}` : ''} ·{' '}
        <span className="badge">{t(`status.${current.status}`)}</span>
      </p>
      <DetailsForm key={current.id} meeting={current} onSaved={reload} />
      <div className="records-actions">
        {isDraft ? (
          <>
            <button
              type="button"
              className="button"
              aria-expanded={previewing}
              onClick={() => setPreviewing(true)}
            >
              {tw('console.publish.preview')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setDeleting(true)}
            >
              {tw('console.deleteDraft')}
            </button>
          </>
        ) : (
          <Link to={`/moten/${current.id}`}>{t('editor.view')}</Link>
        )}
      </div>
      {isDraft && deleting && (
        <Confirm
          question={tw('console.deleteConfirm', { title: current.title })}
          yes={tw('console.deleteYes')}
          danger
          busy={remove.isPending}
          onCancel={() => setDeleting(false)}
          onYes={() => remove.mutate()}
        />
      )}
      {isDraft && previewing && (
        <>
          <Preview meeting={current} />
          <Confirm
            question={t('editor.publish')}
            yes={tw('console.publish.confirm')}
            busy={publish.isPending}
            onCancel={() => setPreviewing(false)}
            onYes={() => publish.mutate()}
          />
        </>
      )}
      <div role="status" aria-live="polite">
        {publish.isSuccess && <p className="success-text">{t('editor.published')}</p>}
        <ErrorText
          error={publish.error ?? remove.error}
          role="none"
          overrides={{
            validation_failed: current.items.length === 0 ? t('editor.emptyAgenda') : undefined,
          }}
          template={(message) => t('console.failed', { message })}
        />
      </div>
      <AgendaEditor meeting={current} body={body} onChange={reload} />
      <section aria-labelledby="editor-upload">
        <h2 id="editor-upload">{t('console.upload')}</h2>
        <DocumentUploadForm bodies={body ? [body] : []} />
      </section>
      {current.status !== 'draft' && (
        <MinutesEditor meeting={current} documents={documents.data ?? []} onChange={reload} />
      )}
    </div>
  );
}
