// What the author of a proposal sees besides the public page: the thank-you after submitting
// (what happens next, and when), the way to edit a draft, and withdrawing the proposal while it
// is under review or open (with an optional reason that goes on the timeline).
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROPOSAL_LIMITS, type Proposal, type UpcomingStep } from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { formatDate } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';

const dueOf = (proposal: Proposal, kind: UpcomingStep['kind']) =>
  proposal.upcoming.find((s) => s.kind === kind)?.due;

/** After submitting: thanks, and what happens next with its dates. */
export function ThankYou({ proposal }: { proposal: Proposal }) {
  const { t: c, i18n } = useTranslation('citizen');
  const date = (kind: UpcomingStep['kind']) => {
    const due = dueOf(proposal, kind);
    return due ? formatDate(due, i18n.language) : '';
  };
  return (
    <section aria-labelledby="thanks-heading" className="card card--success" tabIndex={-1}>
      <h2 id="thanks-heading">{c('thanks.title')}</h2>
      <p>{c('thanks.review', { date: date('review') })}</p>
      <p>{c('thanks.signing', { threshold: proposal.threshold, date: date('signing_ends') })}</p>
      <p>{c('thanks.after', { referral: date('referral'), answer: date('answer') })}</p>
      <p>{c('thanks.notified')}</p>
    </section>
  );
}

/** The coming steps with their dates, after the timeline of what has happened. */
export function UpcomingSteps({ proposal }: { proposal: Proposal }) {
  const { t: c, i18n } = useTranslation('citizen');
  if (proposal.upcoming.length === 0) return null;
  return (
    <section aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{c('upcoming.title')}</h2>
      <ol className="proposal-timeline proposal-timeline--upcoming" data-testid="upcoming">
        {proposal.upcoming.map((step) => (
          <li key={step.kind}>
            <strong>{c(`upcoming.${step.kind}`, { threshold: proposal.threshold })}</strong>
            <div className="meta">
              {c(step.kind === 'signing_ends' ? 'upcoming.on' : 'upcoming.by', {
                date: formatDate(step.due, i18n.language),
              })}
            </div>
          </li>
        ))}
      </ol>
      <p className="meta">{c('upcoming.aims')}</p>
    </section>
  );
}

/** The author's own tools: edit a draft; withdraw while under review or open. */
export function AuthorTools({
  proposal,
  onDone,
}: {
  proposal: Proposal;
  onDone: (next: Proposal) => void;
}) {
  const { t: c } = useTranslation('citizen');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () =>
      apiData<Proposal>(`/proposals/${proposal.id}/withdraw`, {
        method: 'POST',
        json: reason.trim() ? { reason: reason.trim() } : {},
      }),
    onSuccess: (next) => {
      setOpen(false);
      onDone(next);
    },
  });
  if (!proposal.viewer?.isAuthor) return null;
  if (proposal.status === 'draft') {
    return (
      <p>
        <Link className="button button--secondary" to={`/forslag/${proposal.id}/redigera`}>
          {c('edit.link')}
        </Link>
      </p>
    );
  }
  if (proposal.status !== 'pending_review' && proposal.status !== 'open') return null;
  return (
    <section aria-labelledby="withdraw-heading" className="card">
      <h2 id="withdraw-heading">{c('withdraw.title')}</h2>
      <p>{c(proposal.status === 'open' ? 'withdraw.introOpen' : 'withdraw.introReview')}</p>
      {!open ? (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {c('withdraw.start')}
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            withdraw.mutate();
          }}
        >
          <div className="field">
            <label htmlFor="withdraw-reason">{c('withdraw.reason')}</label>
            <span className="hint" id="withdraw-reason-hint">
              {c('withdraw.reasonHint')}
            </span>
            <textarea
              id="withdraw-reason"
              rows={3}
              maxLength={PROPOSAL_LIMITS.reasonMax}
              aria-describedby="withdraw-reason-hint"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--danger" disabled={withdraw.isPending}>
              {c('withdraw.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setOpen(false)}
            >
              {c('withdraw.cancel')}
            </button>
          </div>
          <ErrorText error={withdraw.error} />
        </form>
      )}
    </section>
  );
}
