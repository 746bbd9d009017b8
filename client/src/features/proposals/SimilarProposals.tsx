// Proposals with a title like the one being typed, shown under the title field (after a pause in
// typing): the author may sign one of them instead, since the rules refuse near-duplicates.
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProposalStatus } from '@shared/schemas/proposals';
import { apiData } from '../../api';

interface Similar {
  id: string;
  title: string;
  status: ProposalStatus;
}

/** The value once it has stayed the same for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function SimilarProposals({ title, exceptId }: { title: string; exceptId?: string }) {
  const { t } = useTranslation('proposals');
  const { t: c } = useTranslation('citizen');
  const settled = useSettled(title.trim(), 400);
  const { data } = useQuery({
    queryKey: ['proposals', 'similar', settled],
    queryFn: ({ signal }) =>
      apiData<Similar[]>(`/proposals/similar?title=${encodeURIComponent(settled)}`, { signal }),
    enabled: settled.length >= 5,
    staleTime: 60_000,
  });
  const items = (settled.length >= 5 ? (data ?? []) : []).filter((p) => p.id !== exceptId);
  return (
    <div aria-live="polite" className="similar-proposals">
      {items.length > 0 && (
        <div className="card card--notice" data-testid="similar-proposals">
          <p>{c('similar.intro')}</p>
          <ul>
            {items.map((p) => (
              <li key={p.id}>
                <Link to={`/forslag/${p.id}`} target="_blank">
                  {p.title}
                </Link>{' '}
                <span className="meta">({t(`status.${p.status}`)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
