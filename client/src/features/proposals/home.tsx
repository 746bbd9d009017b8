// The proposals feature's sections on the start page: "Populära e-förslag", the most signed open
// proposals that have at least one signature.
import type { ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProposalSummary } from '@shared/schemas/proposals';
import { api } from '../../api';
import { queryKeys } from '../../query/keys';
import { ProposalCard } from './ProposalCard';
import './proposals.css';

function PopularProposals() {
  const { t } = useTranslation('proposals');
  const query = 'status=open&sort=signatures&pageSize=5';
  const { data } = useQuery({
    queryKey: queryKeys.proposals.list(query),
    queryFn: ({ signal }) => api<{ data: ProposalSummary[] }>(`/proposals?${query}`, { signal }),
  });
  // Only proposals someone has signed: a list of 0-signature proposals is not "popular".
  const items = data?.data.filter((p) => p.signatureCount > 0);
  return (
    <section aria-labelledby="popular-proposals-heading" className="home-section">
      <h2 id="popular-proposals-heading">{t('home.title')}</h2>
      {items && items.length === 0 && <p>{t('home.nothingYet', { ns: 'common' })}</p>}
      <ul className="card-list">
        {items?.map((p) => (
          <ProposalCard key={p.id} proposal={p} headingLevel={3} />
        ))}
      </ul>
      <p>
        <Link to="/forslag">{t('home.all')}</Link>
      </p>
    </section>
  );
}

export const proposalsHomeSections: ComponentType[] = [PopularProposals];
