// /forslag/granska: the moderators' queue of proposals waiting for review, oldest first. Each
// opens the proposal page, where the review form is.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalSummary } from '@shared/schemas/proposals';
import { ApiError, api } from '../../api';
import { usePageTitle } from '../../usePageTitle';
import { ProposalCard } from './ProposalCard';
import './proposals.css';

export function ReviewQueuePage() {
  const { t } = useTranslation('proposals');
  usePageTitle(t('review.title'));
  const [items, setItems] = useState<ProposalSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ data: ProposalSummary[] }>('/proposals/review-queue?pageSize=100')
      .then((answer) => setItems(answer.data))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, []);
  return (
    <>
      <h1>{t('review.title')}</h1>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {items && items.length === 0 && <p>{t('review.empty')}</p>}
      <ul className="card-list">
        {items?.map((p) => (
          <ProposalCard key={p.id} proposal={p} />
        ))}
      </ul>
    </>
  );
}
