// /forslag/nytt: write a proposal, with the municipality's rules beside it and a live preview.
// Checked with the same shared schema as the server; the problems are listed in a summary that
// takes focus, and each line goes away as soon as its field is fixed.
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  CreateProposalSchema,
  PROPOSAL_LIMITS,
  type CreateProposalInput,
  type Proposal,
} from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { useErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { PlainText } from './PlainText';
import { useProposalRules } from './queries';
import './proposals.css';

export function NewProposalPage() {
  const { t } = useTranslation('proposals');
  const { me, loading } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorText = useErrorText();
  usePageTitle(t('form.title'));
  const { data: rules } = useProposalRules();
  const labels = { title: t('form.titleLabel'), body: t('form.bodyLabel') };
  const form = useZodForm(CreateProposalSchema, {
    labels,
    defaultValues: { title: '', body: '' },
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const summaryRef = useRef<HTMLDivElement>(null);
  // Each failed attempt moves focus to the summary, which reads out what to fix.
  const [failedAttempts, setFailedAttempts] = useState(0);
  const failed = () => setFailedAttempts((n) => n + 1);
  const create = useMutation({
    mutationFn: (input: CreateProposalInput) =>
      apiData<Proposal>('/proposals', { method: 'POST', json: input }),
    onSuccess: async (proposal) => {
      await client.invalidateQueries({ queryKey: queryKeys.proposals.all });
      await navigate(`/forslag/${proposal.id}`);
    },
    onError: (error) => {
      form.applyServerError(error);
      failed();
    },
  });
  const formError = form.formError(create.error);
  const problems = [
    errors.title?.message,
    errors.body?.message,
    formError ? errorText(formError, { overrides: { conflict: t('form.similar') } }) : undefined,
  ].filter((message): message is string => Boolean(message));
  const hasProblems = problems.length > 0;

  // The summary appears with the errors, which may come a moment after the attempt is counted.
  const focusedAttempt = useRef(0);
  useEffect(() => {
    if (failedAttempts > focusedAttempt.current && hasProblems) {
      focusedAttempt.current = failedAttempts;
      summaryRef.current?.focus();
    }
  }, [failedAttempts, hasProblems]);

  const submit = (draft: boolean) =>
    form.handleSubmit((input) => create.mutate({ ...input, draft }), failed);
  const title = form.watch('title');
  const body = form.watch('body');

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
      {hasProblems && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="card error-summary">
          <p>{t('form.errors')}</p>
          <ul>
            {problems.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => void submit(false)(e)} noValidate>
        <div className="field">
          <label htmlFor="proposal-title">{labels.title}</label>
          <span className="hint" id="proposal-title-hint">
            {t('form.titleHint', { min: PROPOSAL_LIMITS.titleMin, max: PROPOSAL_LIMITS.titleMax })}{' '}
            {t('form.chars', { count: title.trim().length })}
          </span>
          <input
            id="proposal-title"
            maxLength={PROPOSAL_LIMITS.titleMax}
            aria-describedby={describedBy(
              'proposal-title-hint',
              'proposal-title-error',
              errors.title,
            )}
            aria-invalid={Boolean(errors.title)}
            {...form.register('title')}
          />
          <FieldError id="proposal-title-error" error={errors.title} />
        </div>
        <div className="field">
          <label htmlFor="proposal-body">{labels.body}</label>
          <span className="hint" id="proposal-body-hint">
            {t('form.bodyHint', { min: PROPOSAL_LIMITS.bodyMin, max: PROPOSAL_LIMITS.bodyMax })}{' '}
            {t('form.chars', { count: body.trim().length })}
          </span>
          <textarea
            id="proposal-body"
            rows={10}
            maxLength={PROPOSAL_LIMITS.bodyMax}
            aria-describedby={describedBy('proposal-body-hint', 'proposal-body-error', errors.body)}
            aria-invalid={Boolean(errors.body)}
            {...form.register('body')}
          />
          <FieldError id="proposal-body-error" error={errors.body} />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('form.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={create.isPending}
            onClick={(e) => void submit(true)(e)}
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
