// /forslag/nytt: write a proposal, with the municipality's rules beside it and a live preview.
// Validated with the same shared schema as the server; the server's answer is shown as well.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  CreateProposalSchema,
  PROPOSAL_LIMITS,
  type Proposal,
  type ProposalRules,
} from '@shared/schemas/proposals';
import { ApiError, apiData } from '../../api';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { PlainText } from './PlainText';
import './proposals.css';

interface FieldError {
  field: 'title' | 'body' | 'form';
  message: string;
}

export function NewProposalPage() {
  const { t } = useTranslation('proposals');
  const { me, loading } = useSession();
  const navigate = useNavigate();
  usePageTitle(t('form.title'));
  const [rules, setRules] = useState<ProposalRules | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    apiData<ProposalRules>('/proposal-rules')
      .then(setRules)
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  async function submit(event: FormEvent, draft: boolean) {
    event.preventDefault();
    const parsed = CreateProposalSchema.safeParse({ title, body, draft });
    if (!parsed.success) {
      setErrors(
        parsed.error.issues.map((issue) => ({
          field: issue.path[0] === 'title' ? 'title' : 'body',
          message: `${issue.path[0] === 'title' ? t('form.titleLabel') : t('form.bodyLabel')}: ${issue.message}`,
        })),
      );
      return;
    }
    setBusy(true);
    try {
      const proposal = await apiData<Proposal>('/proposals', { method: 'POST', json: parsed.data });
      await navigate(`/forslag/${proposal.id}`);
    } catch (error) {
      const message =
        error instanceof ApiError
          ? error.body.code === 'conflict'
            ? t('form.similar')
            : error.message
          : String(error);
      setErrors([{ field: 'form', message }]);
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (field: FieldError['field']) => errors.find((e) => e.field === field);
  if (!loading && !me) {
    return (
      <>
        <h1>{t('form.title')}</h1>
        <p>{t('form.loginFirst')}</p>
        <Link className="button" to="/logga-in?returnTo=/forslag/nytt">
          {t('form.login')}
        </Link>
      </>
    );
  }

  return (
    <>
      <h1>{t('form.title')}</h1>
      {rules && (
        <section aria-labelledby="rules-heading" className="card">
          <h2 id="rules-heading">{t('form.rulesTitle')}</h2>
          <p>
            {t('form.rulesSummary', {
              threshold: rules.threshold,
              days: rules.signingDays,
              months: rules.similarRefusalMonths,
            })}
          </p>
          {rules.reviewRulesText && <PlainText text={rules.reviewRulesText} />}
        </section>
      )}
      {errors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="card error-summary">
          <p>{t('form.errors')}</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => void submit(e, false)} noValidate>
        <div className="field">
          <label htmlFor="proposal-title">{t('form.titleLabel')}</label>
          <span className="hint" id="proposal-title-hint">
            {t('form.titleHint', { min: PROPOSAL_LIMITS.titleMin, max: PROPOSAL_LIMITS.titleMax })}{' '}
            {t('form.chars', { count: title.trim().length })}
          </span>
          <input
            id="proposal-title"
            value={title}
            maxLength={PROPOSAL_LIMITS.titleMax}
            aria-describedby="proposal-title-hint"
            aria-invalid={Boolean(errorFor('title'))}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="proposal-body">{t('form.bodyLabel')}</label>
          <span className="hint" id="proposal-body-hint">
            {t('form.bodyHint', { min: PROPOSAL_LIMITS.bodyMin, max: PROPOSAL_LIMITS.bodyMax })}{' '}
            {t('form.chars', { count: body.trim().length })}
          </span>
          <textarea
            id="proposal-body"
            rows={10}
            value={body}
            maxLength={PROPOSAL_LIMITS.bodyMax}
            aria-describedby="proposal-body-hint"
            aria-invalid={Boolean(errorFor('body'))}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('form.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={(e) => void submit(e, true)}
          >
            {t('form.saveDraft')}
          </button>
        </div>
      </form>
      <section aria-labelledby="preview-heading" className="card proposal-preview">
        <h2 id="preview-heading">{t('form.preview')}</h2>
        {title || body ? (
          <>
            <p className="proposal-preview__title">{title}</p>
            <PlainText text={body} />
          </>
        ) : (
          <p className="meta">{t('form.previewEmpty')}</p>
        )}
      </section>
    </>
  );
}
