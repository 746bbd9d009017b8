// A held meeting's minutes (protokoll): a registered protocol attached, then its approval
// announced on the notice board (confirmed first: it starts the appeal period); once announced,
// the dates of approval, posting and the appeal's end.
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '@shared/schemas/documents';
import {
  ApprovalInputSchema,
  MinutesInputSchema,
  type MeetingView,
} from '@shared/schemas/meetings';
import { api } from '../../../api';
import { formatDate, stockholmToday } from '../../../dates';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError } from '../../../forms/FieldError';
import { optionalField } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';
import { Confirm } from './Confirm';

const ApprovalForm = ApprovalInputSchema.safeExtend({
  approvedOn: optionalField(ApprovalInputSchema.shape.approvedOn),
});

export function MinutesEditor({
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
