// One proposal in a list: title, status, author, progress and deadline; in the review queue also
// when it was sent in (Swedish time).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProposalSummary } from '@shared/schemas/proposals';
import { formatDate, formatDateTime } from '../../dates';
import { Progress } from './Progress';

export function StatusBadge({ status }: { status: ProposalSummary['status'] }) {
  const { t } = useTranslation('proposals');
  return (
    <span className={`badge proposal-status proposal-status--${status}`}>
      {t(`status.${status}`)}
    </span>
  );
}

export function ProposalCard({
  proposal,
  headingLevel = 2,
  showSubmitted = false,
}: {
  proposal: ProposalSummary;
  headingLevel?: 2 | 3;
  /** The review queue: when the author sent it in for review. */
  showSubmitted?: boolean;
}) {
  const { t, i18n } = useTranslation('proposals');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const public_ = !['draft', 'pending_review', 'rejected'].includes(proposal.status);
  return (
    <li className="card proposal-card">
      <Heading className="proposal-card__title">
        <Link to={`/forslag/${proposal.id}`}>{proposal.title}</Link>
      </Heading>
      <p className="meta">
        <StatusBadge status={proposal.status} />{' '}
        {t('page.by', { name: proposal.author.displayName })}
        {showSubmitted && proposal.submittedAt && (
          <>
            {' · '}
            {t('review.submitted')}{' '}
            <time dateTime={proposal.submittedAt}>
              {formatDateTime(proposal.submittedAt, i18n.language, 'medium')}
            </time>
          </>
        )}
        {proposal.closesAt && (
          <>
            {' · '}
            {t(proposal.status === 'open' ? 'progress.closes' : 'progress.closed', {
              date: formatDate(proposal.closesAt, i18n.language),
            })}
          </>
        )}
      </p>
      {public_ && <Progress count={proposal.signatureCount} threshold={proposal.threshold} />}
    </li>
  );
}
