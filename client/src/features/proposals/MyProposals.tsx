// The my-page section: proposals I wrote (any status), signed and follow.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyProposals as Mine, ProposalSummary } from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { ProposalCard } from './ProposalCard';
import './proposals.css';

function Group({ title, items }: { title: string; items: ProposalSummary[] }) {
  const { t } = useTranslation('proposals');
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="meta">{t('mine.none')}</p>
      ) : (
        <ul className="card-list">
          {items.map((p) => (
            <ProposalCard key={p.id} proposal={p} headingLevel={3} />
          ))}
        </ul>
      )}
    </>
  );
}

export function MyProposals() {
  const { t } = useTranslation('proposals');
  const [mine, setMine] = useState<Mine | null>(null);
  useEffect(() => {
    apiData<Mine>('/proposals/mine')
      .then(setMine)
      .catch(() => undefined);
  }, []);
  return (
    <section aria-labelledby="my-proposals-heading">
      <h2 id="my-proposals-heading">{t('mine.title')}</h2>
      {mine && (
        <>
          <Group title={t('mine.authored')} items={mine.authored} />
          <Group title={t('mine.signed')} items={mine.signed} />
          <Group title={t('mine.following')} items={mine.following} />
        </>
      )}
    </section>
  );
}
