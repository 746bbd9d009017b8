// The moderator's review form and the secretary's referral, answer and decision forms, shown on
// the proposal page to those who may use them (the server checks again).
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REJECTION_RULES, type Proposal } from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { useAction } from './useAction';
import { bodyOptions, SelectField } from '../../layout/SelectField';

type Done = (proposal: Proposal) => void;

function Form({
  title,
  id,
  onSubmit,
  error,
  children,
}: {
  title: string;
  id: string;
  onSubmit: (e: FormEvent) => void;
  error: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation('proposals');
  return (
    <form className="card staff-form" aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
      {error && (
        <p role="alert" className="error-text">
          {t('page.actionFailed', { message: error })}
        </p>
      )}
    </form>
  );
}

export function ReviewForm({ proposal, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation('proposals');
  const { busy, error, run } = useAction();
  const [rule, setRule] = useState<(typeof REJECTION_RULES)[number]>('other');
  const [reason, setReason] = useState('');
  const review = (decision: 'approve' | 'reject') =>
    run(
      () =>
        apiData<Proposal>(`/proposals/${proposal.id}/review`, {
          method: 'POST',
          json:
            decision === 'approve'
              ? { decision, ...(reason ? { reason } : {}) }
              : { decision, rule, reason },
        }),
      onDone,
    );
  return (
    <Form title={t('review.title')} id="review" error={error} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="review-rule">{t('review.rule')}</label>
        <select
          id="review-rule"
          value={rule}
          onChange={(e) => setRule(e.target.value as typeof rule)}
        >
          {REJECTION_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`rule.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="review-reason">{t('review.reason')}</label>
        <textarea id="review-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void review('approve')}
        >
          {t('review.approve')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void review('reject')}
        >
          {t('review.reject')}
        </button>
      </div>
    </Form>
  );
}

export function ReferralForm({ proposal, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation('proposals');
  const { busy, error, run } = useAction();
  const [bodies, setBodies] = useState<Array<{ id: string; name: string }>>([]);
  const [bodyId, setBodyId] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  useEffect(() => {
    apiData<Array<{ id: string; name: string }>>('/bodies')
      .then(setBodies)
      .catch(() => setBodies([]));
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        apiData<Proposal>(`/proposals/${proposal.id}/referral`, {
          method: 'POST',
          json: { bodyId, caseNumber },
        }),
      onDone,
    );
  };
  return (
    <Form title={t('referral.title')} id="referral" error={error} onSubmit={submit}>
      <SelectField
        id="referral-body"
        label={t('referral.body')}
        required
        value={bodyId}
        onChange={setBodyId}
        empty={t('referral.chooseBody')}
        options={bodyOptions(bodies)}
      />
      <div className="field">
        <label htmlFor="referral-case">{t('referral.caseNumber')}</label>
        <input
          id="referral-case"
          required
          value={caseNumber}
          onChange={(e) => setCaseNumber(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('referral.submit')}
      </button>
    </Form>
  );
}

export function AnswerForm({ proposal, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation('proposals');
  const { busy, error, run } = useAction();
  const [answer, setAnswer] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        apiData<Proposal>(`/proposals/${proposal.id}/answer`, {
          method: 'POST',
          json: { answer, ...(agendaItemId.trim() ? { agendaItemId: agendaItemId.trim() } : {}) },
        }),
      onDone,
    );
  };
  return (
    <Form title={t('answer.title')} id="answer" error={error} onSubmit={submit}>
      <div className="field">
        <label htmlFor="answer-text">{t('answer.text')}</label>
        <textarea
          id="answer-text"
          required
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="answer-agenda">{t('answer.agendaItemId')}</label>
        <input
          id="answer-agenda"
          value={agendaItemId}
          onChange={(e) => setAgendaItemId(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('answer.submit')}
      </button>
    </Form>
  );
}

export function DecideForm({ proposal, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation('proposals');
  const { busy, error, run } = useAction();
  const [decision, setDecision] = useState('');
  const [documentId, setDocumentId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        apiData<Proposal>(`/proposals/${proposal.id}/decision`, {
          method: 'POST',
          json: {
            decision,
            ...(documentId.trim() ? { decisionDocumentId: documentId.trim() } : {}),
          },
        }),
      onDone,
    );
  };
  return (
    <Form title={t('decide.title')} id="decide" error={error} onSubmit={submit}>
      <div className="field">
        <label htmlFor="decide-text">{t('decide.text')}</label>
        <textarea
          id="decide-text"
          required
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="decide-document">{t('decide.documentId')}</label>
        <input
          id="decide-document"
          value={documentId}
          onChange={(e) => setDocumentId(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('decide.submit')}
      </button>
    </Form>
  );
}
