// /forslag/nytt: write a proposal, and /forslag/:id/redigera: edit one's draft; with the
// municipality's rules beside it, a topic and (optionally) the body it concerns, proposals with a
// similar title as it is typed, and a live preview. Checked with the same shared schema as the
// server; the problems are listed in a summary that takes focus, and each line goes away as soon
// as its field is fixed. After submitting, the proposal's page thanks and says what comes next.
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  CreateProposalSchema,
  PROPOSAL_LIMITS,
  PROPOSAL_TOPICS,
  type CreateProposalInput,
  type Proposal,
} from '@shared/schemas/proposals';
import { useBodies } from '../../query/useBodies';
import { SimilarProposals } from './SimilarProposals';
import { useProposal } from './queries';
import { apiData } from '../../api';
import { useErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { useProblemText } from '../../forms/problem';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { PlainText } from './PlainText';
import { useProposalRules } from './queries';
import './proposals.css';

export function NewProposalPage() {
  return <ProposalForm />;
}

/** /forslag/:id/redigera: the author's draft in the same form. */
export function EditProposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('proposals');
  const { t: c } = useTranslation('citizen');
  const query = useProposal(id);
  usePageTitle(c('edit.title'));
  if (query.error) {
    return (
      <>
        <h1>{c('edit.title')}</h1>
        <p>{t('page.notFound')}</p>
      </>
    );
  }
  if (!query.data) return <p>{t('loading', { ns: 'common' })}</p>;
  if (query.data.status !== 'draft' || !query.data.viewer?.isAuthor) {
    return (
      <>
        <h1>{c('edit.title')}</h1>
        <p>{c('edit.notDraft')}</p>
        <Link to={`/forslag/${id}`}>{c('edit.back')}</Link>
      </>
    );
  }
  return <ProposalForm draft={query.data} />;
}

function ProposalForm({ draft }: { draft?: Proposal }) {
  const { t } = useTranslation('proposals');
  const { t: c } = useTranslation('citizen');
  const { me, loading } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const heading = draft ? c('edit.title') : t('form.title');
  usePageTitle(heading);
  const { data: rules } = useProposalRules();
  const bodies = useBodies();
  const labels = {
    title: t('form.titleLabel'),
    body: t('form.bodyLabel'),
    topic: c('form.topic'),
    bodyId: c('form.concerns'),
  };
  const form = useZodForm(CreateProposalSchema, {
    labels,
    defaultValues: {
      title: draft?.title ?? '',
      body: draft?.body ?? '',
      topic: draft?.topic ?? 'other',
      bodyId: draft?.concerns?.id ?? '',
    },
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const summaryRef = useRef<HTMLDivElement>(null);
  // Each failed attempt moves focus to the summary, which reads out what to fix.
  const [failedAttempts, setFailedAttempts] = useState(0);
  const failed = () => setFailedAttempts((n) => n + 1);
  const create = useMutation({
    mutationFn: async ({ draft: keep, ...input }: CreateProposalInput) => {
      if (!draft)
        return apiData<Proposal>('/proposals', { method: 'POST', json: { ...input, draft: keep } });
      // An edited draft is saved first, then submitted if that was the wish.
      const saved = await apiData<Proposal>(`/proposals/${draft.id}`, {
        method: 'PUT',
        json: input,
      });
      if (keep) return saved;
      return apiData<Proposal>(`/proposals/${draft.id}/submit`, { method: 'POST' });
    },
    onSuccess: async (proposal) => {
      await client.invalidateQueries({ queryKey: queryKeys.proposals.all });
      // A submitted proposal's page thanks the author and says what happens next.
      await navigate(
        proposal.status === 'pending_review'
          ? `/forslag/${proposal.id}?tack=1`
          : `/forslag/${proposal.id}`,
      );
    },
    onError: (error) => {
      form.applyServerError(error);
      failed();
    },
  });
  const formError = form.formError(create.error);
  const problems = [
    problemText(errors.title),
    problemText(errors.body),
    problemText(errors.topic),
    problemText(errors.bodyId),
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
        <h1>{heading}</h1>
        <p>{t('form.loginFirst')}</p>
        <Link className="button" to="/logga-in?returnTo=/forslag/nytt">
          {t('form.login')}
        </Link>
      </>
    );
  }

  return (
    <>
      <h1>{heading}</h1>
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
          <SimilarProposals title={title} exceptId={draft?.id} />
        </div>
        <div className="field">
          <label htmlFor="proposal-topic">{labels.topic}</label>
          <select id="proposal-topic" {...form.register('topic')}>
            {PROPOSAL_TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {c(`topic.${topic}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="proposal-concerns">{labels.bodyId}</label>
          <span className="hint" id="proposal-concerns-hint">
            {c('form.concernsHint')}
          </span>
          <select
            id="proposal-concerns"
            aria-describedby="proposal-concerns-hint"
            {...form.register('bodyId')}
          >
            <option value="">{c('form.concernsNone')}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
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
