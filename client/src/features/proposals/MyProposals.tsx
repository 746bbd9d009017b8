// The my-page section: proposals I wrote (any status), signed and follow.
import { useTranslation } from 'react-i18next';
import type { ProposalSummary } from '@shared/schemas/proposals';
import { ErrorText } from '../../errors/ErrorText';
import { ProposalCard } from './ProposalCard';
import { useMyProposals } from './queries';
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
  const { data: mine, error } = useMyProposals();
  return (
    <section aria-labelledby="my-proposals-heading">
      <h2 id="my-proposals-heading">{t('mine.title')}</h2>
      <ErrorText error={error} />
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
