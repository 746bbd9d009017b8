// /forslag/granska: the moderators' queue of proposals waiting for review, oldest first, each with
// its author and when it was sent in. Each opens the proposal page, where the review form is.
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../errors/ErrorText';
import { usePageTitle } from '../../usePageTitle';
import { ProposalCard } from './ProposalCard';
import { useReviewQueue } from './queries';
import './proposals.css';

export function ReviewQueuePage() {
  const { t } = useTranslation('proposals');
  usePageTitle(t('review.title'));
  const { data: items, error } = useReviewQueue();
  return (
    <>
      <h1>{t('review.title')}</h1>
      <ErrorText error={error} />
      {items && items.length === 0 && <p>{t('review.empty')}</p>}
      <ul className="card-list">
        {items?.map((p) => (
          <ProposalCard key={p.id} proposal={p} showSubmitted />
        ))}
      </ul>
    </>
  );
}
