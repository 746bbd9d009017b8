// /admin/logg: the audit log for admins, filtered by action, actor and time, newest first.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@shared/schemas/auth';
import { api } from '../../api';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import './auth.css';
import { Pager } from '../../layout/Pager';

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
  if (filters.from) params.set('from', new Date(`${filters.from}T00:00:00`).toISOString());
  if (filters.to) params.set('to', new Date(`${filters.to}T23:59:59`).toISOString());
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
  const [result, setResult] = useState<{ data: AuditEntryView[]; total: number } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!allowed) return;
    let cancelled = false;
    api<{ data: AuditEntryView[]; total: number }>(`/admin/audit?${toQuery(filters, page)}`)
      .then((r) => !cancelled && (setResult(r), setFailed(false)))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [allowed, filters, page]);

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
      {failed ? (
        <p role="alert" className="error-text">
          {t('error', { ns: 'common' })}
        </p>
      ) : null}
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
                {new Date(entry.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE')}
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
