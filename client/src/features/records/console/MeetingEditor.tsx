// Edits one meeting in the secretary console (/sekreterare/moten/:id): the agenda, publishing
// (kallelse), documents, and after the meeting the minutes and the announcement of approval.
import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DocumentView } from '@shared/schemas/documents';
import {
  ApprovalInputSchema,
  MinutesInputSchema,
  type MeetingView,
} from '@shared/schemas/meetings';
import { api } from '../../../api';
import { formatDate, formatDateTime, stockholmToday } from '../../../dates';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError } from '../../../forms/FieldError';
import { optionalField } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';
import { queryKeys } from '../../../query/keys';
import { usePageTitle } from '../../../usePageTitle';
import { useDocuments, useMeeting } from '../queries';
import { AgendaEditor } from './AgendaEditor';
import { DocumentUploadForm } from './DocumentUploadForm';
import { useConsole } from './useConsole';
import '../records.css';

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
  const id = useId();
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
    onSuccess: onChange,
    onError: (error) => attachForm.applyServerError(error),
  });
  const approve = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${meeting.id}/minutes/approval`, { method: 'POST', json: input }),
    onSuccess: onChange,
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
            <form onSubmit={approveForm.handleSubmit((input) => approve.mutate(input))} noValidate>
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
            </form>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
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
  const client = useQueryClient();
  const { bodies } = useConsole();
  const meeting = useMeeting(id);
  const bodyId = meeting.data?.bodyId;
  const documents = useDocuments(`bodyId=${bodyId ?? ''}&pageSize=100`, bodyId !== undefined);
  const reload = () => {
    void client.invalidateQueries({ queryKey: queryKeys.meetings.all });
    void client.invalidateQueries({ queryKey: queryKeys.documents.all });
  };
  const publish = useMutation({
    mutationFn: () => api(`/meetings/${id}/publish`, { method: 'POST' }),
    onSuccess: reload,
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
  const bodyList = bodies.filter((b) => b.id === current.bodyId);
  return (
    <div className="page records">
      <p className="meta">
        <Link to="/sekreterare">{t('editor.back')}</Link>
      </p>
      <h1>{t('editor.title', { title: current.title })}</h1>
      <p className="meta">
        {current.bodyName} · {formatDateTime(current.startsAt, i18n.language)} ·{' '}
        <span className="badge">{t(`status.${current.status}`)}</span>
      </p>
      <p className="records-actions">
        {current.status === 'draft' ? (
          <button
            type="button"
            className="button"
            disabled={publish.isPending}
            onClick={() => publish.mutate()}
          >
            {t('editor.publish')}
          </button>
        ) : (
          <Link to={`/moten/${current.id}`}>{t('editor.view')}</Link>
        )}
      </p>
      <div role="status" aria-live="polite">
        {publish.isSuccess && <p>{t('editor.published')}</p>}
        <ErrorText
          error={publish.error}
          role="none"
          overrides={{
            validation_failed: current.items.length === 0 ? t('editor.emptyAgenda') : undefined,
          }}
          template={(message) => t('console.failed', { message })}
        />
      </div>
      <AgendaEditor meeting={current} documents={documents.data ?? []} onChange={reload} />
      <section aria-labelledby="editor-upload">
        <h2 id="editor-upload">{t('console.upload')}</h2>
        <DocumentUploadForm bodies={bodyList} />
      </section>
      {current.status !== 'draft' && (
        <MinutesEditor meeting={current} documents={documents.data ?? []} onChange={reload} />
      )}
    </div>
  );
}
