// /forslag: public proposals with filters (status, body) and sorting (newest, most signed,
// closing soon); the filters live in the URL so a filtered list can be linked.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PROPOSAL_SORTS, PUBLIC_PROPOSAL_STATUSES } from '@shared/schemas/proposals';
import { ErrorText } from '../../errors/ErrorText';
import { Pager } from '../../layout/Pager';
import { bodyOptions, SelectField } from '../../layout/SelectField';
import { useBodies } from '../../query/useBodies';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { ProposalCard } from './ProposalCard';
import { useProposals } from './queries';
import './proposals.css';

const PAGE_SIZE = 20;
const SORT_LABELS = {
  newest: 'list.sortNewest',
  signatures: 'list.sortSignatures',
  closing: 'list.sortClosing',
} as const;

export function ListPage() {
  const { t } = useTranslation('proposals');
  const { me } = useSession();
  usePageTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const bodyId = params.get('bodyId') ?? '';
  const sort = params.get('sort') ?? 'newest';
  const page = Number(params.get('page') ?? '1') || 1;
  const [draft, setDraft] = useState({ status, bodyId, sort });
  const bodies = useBodies();
  const query = new URLSearchParams({ sort, page: String(page), pageSize: String(PAGE_SIZE) });
  if (status) query.set('status', status);
  if (bodyId) query.set('bodyId', bodyId);
  const proposals = useProposals(query.toString());
  const items = proposals.data?.data;
  const total = proposals.data?.total ?? 0;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.status) next.set('status', draft.status);
    if (draft.bodyId) next.set('bodyId', draft.bodyId);
    if (draft.sort !== 'newest') next.set('sort', draft.sort);
    setParams(next);
  };
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const isModerator = me?.roles.some((r) => r.role === 'moderator' || r.role === 'admin');

  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      <p className="button-row">
        <Link className="button" to="/forslag/nytt">
          {t('list.write')}
        </Link>
        <Link to="/forslag/regler">{t('rules.link')}</Link>
        {isModerator && (
          <Link className="button button--secondary" to="/forslag/granska">
            {t('list.reviewQueue')}
          </Link>
        )}
      </p>
      <form className="proposal-filters" onSubmit={apply} aria-label={t('list.filters')}>
        <SelectField
          id="filter-status"
          label={t('list.statusFilter')}
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
          empty={t('list.allStatuses')}
          options={PUBLIC_PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <SelectField
          id="filter-body"
          label={t('list.bodyFilter')}
          value={draft.bodyId}
          onChange={(bodyId) => setDraft({ ...draft, bodyId })}
          empty={t('list.allBodies')}
          options={bodyOptions(bodies)}
        />
        <SelectField
          id="filter-sort"
          label={t('list.sort')}
          value={draft.sort}
          onChange={(sort) => setDraft({ ...draft, sort })}
          options={PROPOSAL_SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))}
        />
        <button type="submit" className="button">
          {t('list.apply')}
        </button>
      </form>
      <p role="status" className="meta">
        {items && t('list.count', { count: total })}
      </p>
      <ErrorText error={proposals.error} />
      {items && items.length === 0 && <p>{t('list.empty')}</p>}
      <ul className="card-list">
        {items?.map((p) => (
          <ProposalCard key={p.id} proposal={p} />
        ))}
      </ul>
      {pages > 1 && (
        <Pager
          page={page}
          pages={pages}
          onPage={goTo}
          label={t('pagination.page', { ns: 'common', page, pages })}
          className="button-row"
        />
      )}
    </>
  );
}
