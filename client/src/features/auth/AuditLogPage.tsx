// /admin/logg: the audit log for admins, filtered by action, actor and time, newest first.
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@shared/schemas/auth';
import { api } from '../../api';
import { formatDateTime, stockholmToIso } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { Pager } from '../../layout/Pager';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import './auth.css';

const PAGE_SIZE = 50;

interface Filters {
  action: string;
  actor: string;
  from: string;
  to: string;
}

function toQuery(filters: Filters, page: number): string {
  const params = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (filters.action.trim()) params.set('action', filters.action.trim());
  if (filters.actor.trim()) params.set('actor', filters.actor.trim());
  // The days are Swedish days: from the first one's midnight to the end of the last one.
  const from = filters.from && stockholmToIso(filters.from);
  const to = filters.to && stockholmToIso(`${filters.to}T23:59:59`);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return params.toString();
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation('auth');
  usePageTitle(t('audit.title'));
  const { me, loading } = useSession();
  const allowed = Boolean(me?.abilities?.readAudit);
  const [draft, setDraft] = useState<Filters>({ action: '', actor: '', from: '', to: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [page, setPage] = useState(1);
  const query = toQuery(filters, page);
  const audit = useQuery({
    queryKey: queryKeys.admin.audit(query),
    queryFn: ({ signal }) =>
      api<{ data: AuditEntryView[]; total: number }>(`/admin/audit?${query}`, { signal }),
    enabled: allowed,
    // Paging keeps the rows in view until the next page has come.
    placeholderData: keepPreviousData,
  });
  const result = audit.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    setPage(1);
    setFilters(draft);
  }

  if (loading) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!allowed) {
    return (
      <div className="page auth-page">
        <h1>{t('audit.title')}</h1>
        <p>{t('admin.forbidden')}</p>
      </div>
    );
  }
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const field = (name: keyof Filters, type: string) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{t(`audit.${name}`)}</label>
      <input
        id={`audit-${name}`}
        type={type}
        value={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="page auth-page">
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <form className="auth-inline-form" onSubmit={submit} aria-label={t('audit.filter')}>
        {field('action', 'text')}
        {field('actor', 'text')}
        {field('from', 'date')}
        {field('to', 'date')}
        <button type="submit" className="button button--small">
          {t('audit.filter')}
        </button>
      </form>
      <ErrorText error={audit.error} />
      <p role="status">{result ? t('audit.count', { count: result.total }) : null}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('audit.seq')}</th>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {result?.data.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>
                <time dateTime={entry.at}>
                  {formatDateTime(entry.at, i18n.language, 'precise')}
                </time>
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                <code>{entry.actor}</code>
              </td>
              <td>
                <code>
                  {entry.subject.type}:{entry.subject.id}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        page={page}
        pages={pages}
        onPage={setPage}
        label={t('audit.pages')}
        className="auth-inline-form"
        small
      />
    </div>
  );
}
