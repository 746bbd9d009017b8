// The secretary's referral, answer and decision forms, shown on
// the proposal page to those who may use them (the server checks again). Each checks with the
// shared schema of its action.
import type { FormEventHandler, ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  AnswerProposalSchema,
  DecideProposalSchema,
  PROPOSAL_LIMITS,
  ReferProposalSchema,
  type Proposal,
} from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy, type FieldProblem } from '../../forms/FieldError';
import { optionalField } from '../../forms/fields';
import { useZodForm, type FormLabels } from '../../forms/useZodForm';
import { bodyOptions, SelectField } from '../../layout/SelectField';
import { useBodies } from '../../query/useBodies';
import { AgendaItemSelect, DocumentSelect, recordsBodyOf } from './RecordSelects';

type Done = (proposal: Proposal) => void;

/** Sends one staff action; its answer is the proposal as it now is. */
function useStaffAction(path: string, onDone: Done, applyServerError: (e: unknown) => boolean) {
  return useMutation({
    mutationFn: (input: unknown) => apiData<Proposal>(path, { method: 'POST', json: input }),
    onSuccess: onDone,
    onError: (error) => applyServerError(error),
  });
}

function Form({
  title,
  id,
  onSubmit,
  error,
  children,
}: {
  title: string;
  id: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  error: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation('proposals');
  return (
    <form
      className="card staff-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={onSubmit}
      noValidate
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
      <ErrorText error={error} template={(message) => t('page.actionFailed', { message })} />
    </form>
  );
}

/** A labelled text input or textarea with its validation message. */
function TextField({
  id,
  name,
  labels,
  error,
  multiline,
  maxLength,
  register,
}: {
  id: string;
  name: string;
  labels: FormLabels;
  error?: FieldProblem;
  multiline?: boolean;
  maxLength?: number;
  register: object;
}) {
  const props = {
    id,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(undefined, `${id}-error`, error),
    ...register,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{labels[name]}</label>
      {multiline ? <textarea {...props} /> : <input {...props} />}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function ReferralForm({ proposal, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation('proposals');
  const bodies = useBodies();
  const labels = { bodyId: t('referral.body'), caseNumber: t('referral.caseNumber') };
  const form = useZodForm(ReferProposalSchema, {
    labels,
    defaultValues: { bodyId: '', caseNumber: '' },
  });
  const refer = useStaffAction(`/proposals/${proposal.id}/referral`, onDone, form.applyServerError);
  const { errors } = form.formState;
  const bodyId = form.register('bodyId');
  return (
    <Form
      title={t('referral.title')}
      id="referral"
      error={form.formError(refer.error)}
      onSubmit={form.handleSubmit((input) => refer.mutate(input))}
    >
      <SelectField
        id="referral-body"
        label={labels.bodyId}
        value={form.watch('bodyId')}
        onChange={(value) => form.setValue(bodyId.name, value, { shouldValidate: true })}
        empty={t('referral.chooseBody')}
        options={bodyOptions(bodies)}
      />
      <FieldError id="referral-body-error" error={errors.bodyId} />
      <TextField
        id="referral-case"
        name="caseNumber"
        labels={labels}
        maxLength={PROPOSAL_LIMITS.caseNumberMax}
        error={errors.caseNumber}
        register={form.register('caseNumber')}
      />
      <button type="submit" className="button" disabled={refer.isPending}>
        {t('referral.submit')}
      </button>
    </Form>
  );
}

const AnswerFormSchema = AnswerProposalSchema.safeExtend({
  agendaItemId: optionalField(AnswerProposalSchema.shape.agendaItemId),
});

export function AnswerForm({ proposal, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation('proposals');
  const labels = { answer: t('answer.text'), agendaItemId: t('answer.agendaItemId') };
  const form = useZodForm(AnswerFormSchema, {
    labels,
    defaultValues: { answer: '', agendaItemId: '' },
  });
  const answer = useStaffAction(`/proposals/${proposal.id}/answer`, onDone, form.applyServerError);
  const { errors } = form.formState;
  return (
    <Form
      title={t('answer.title')}
      id="answer"
      error={form.formError(answer.error)}
      onSubmit={form.handleSubmit((input) => answer.mutate(input))}
    >
      <TextField
        id="answer-text"
        name="answer"
        labels={labels}
        multiline
        maxLength={PROPOSAL_LIMITS.answerMax}
        error={errors.answer}
        register={form.register('answer')}
      />
      <AgendaItemSelect
        id="answer-agenda"
        label={labels.agendaItemId}
        bodyId={recordsBodyOf(proposal)}
        register={form.register('agendaItemId')}
      />
      <FieldError id="answer-agenda-error" error={errors.agendaItemId} />
      <button type="submit" className="button" disabled={answer.isPending}>
        {t('answer.submit')}
      </button>
    </Form>
  );
}

const DecideFormSchema = DecideProposalSchema.safeExtend({
  decisionDocumentId: optionalField(DecideProposalSchema.shape.decisionDocumentId),
});

export function DecideForm({ proposal, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation('proposals');
  const labels = { decision: t('decide.text'), decisionDocumentId: t('decide.documentId') };
  const form = useZodForm(DecideFormSchema, {
    labels,
    defaultValues: { decision: '', decisionDocumentId: '' },
  });
  const decide = useStaffAction(
    `/proposals/${proposal.id}/decision`,
    onDone,
    form.applyServerError,
  );
  const { errors } = form.formState;
  return (
    <Form
      title={t('decide.title')}
      id="decide"
      error={form.formError(decide.error)}
      onSubmit={form.handleSubmit((input) => decide.mutate(input))}
    >
      <TextField
        id="decide-text"
        name="decision"
        labels={labels}
        multiline
        maxLength={PROPOSAL_LIMITS.answerMax}
        error={errors.decision}
        register={form.register('decision')}
      />
      <DocumentSelect
        id="decide-document"
        label={labels.decisionDocumentId}
        bodyId={recordsBodyOf(proposal)}
        register={form.register('decisionDocumentId')}
      />
      <FieldError id="decide-document-error" error={errors.decisionDocumentId} />
      <button type="submit" className="button" disabled={decide.isPending}>
        {t('decide.submit')}
      </button>
    </Form>
  );
}
