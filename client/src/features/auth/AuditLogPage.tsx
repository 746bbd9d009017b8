// /admin/logg: the audit log for admins, in words ("Sara Sekreterare gav Karin Berg rollen
// förtroendevald i Kommunstyrelsen") with links to the people and things, newest first. Filtered
// by a person chosen through a search (never by typing an id), by event and by Swedish days;
// downloadable as CSV with the same filter.
import { useState, type FormEvent, type ReactElement } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AdminUser, AuditEntryView } from '@shared/schemas/auth';
import { api, apiData } from '../../api';
import { formatDateTime, stockholmToIso } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { Pager } from '../../layout/Pager';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { usePeopleSearch } from './AdminUsersPage';
import './auth.css';

const PAGE_SIZE = 50;

/** Events offered in the filter: whole families (a prefix ending in ".") and single actions. */
const ACTION_GROUPS = [
  'user.',
  'auth.',
  'comment.',
  'proposal.',
  'meeting.',
  'document.',
  'body.',
  'live.',
];
const ACTIONS = [
  'auth.login',
  'user.role_grant',
  'user.role_revoke',
  'user.erase',
  'comment.hide',
  'comment.mask',
  'comment.restore',
  'comment.keep',
  'proposal.approved',
  'proposal.returned',
  'proposal.rejected',
  'meeting.publish',
];

/** i18n keys cannot hold dots: `user.role_grant` is `user-role_grant`. */
const actionKey = (action: string) => action.replace(/\./g, '-');

interface Filters {
  person: string;
  action: string;
  from: string;
  to: string;
}

function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.person) params.set('person', filters.person);
  if (filters.action) params.set('action', filters.action);
  // The days are Swedish days: from the first one's midnight to the end of the last one.
  const from = filters.from && stockholmToIso(filters.from);
  const to = filters.to && stockholmToIso(`${filters.to}T23:59:59`);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return params;
}

function Sentence({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation('admin');
  const actor =
    entry.actorKind === 'user'
      ? (entry.actorName ?? t('audit.someone'))
      : t(`audit.${entry.actorKind}`);
  const type = entry.subject.type;
  const subject =
    entry.subjectName ??
    (type
      ? t(`audit.subjectOf.${type}`, { defaultValue: t('audit.subjectOf.other', { type }) })
      : '');
  const link = (path: string | null): ReactElement => (path ? <Link to={path} /> : <span />);
  const components = { actor: link(entry.actorPath), subject: link(entry.subjectPath) };
  const key = actionKey(entry.action);
  if (entry.grant && (key === 'user-role_grant' || key === 'user-role_revoke')) {
    return (
      <Trans
        t={t}
        i18nKey={`audit.sentence.${key}${entry.grant.bodyId ? '_body' : ''}`}
        values={{
          actor,
          subject,
          role: t(`roleName.${entry.grant.role}`),
          body: entry.grant.bodyName ?? '',
        }}
        components={components}
      />
    );
  }
  const action = t(`audit.actions.${key}`, { defaultValue: entry.action });
  return (
    <Trans
      t={t}
      i18nKey={subject ? 'audit.sentence.generic' : 'audit.sentence.noSubject'}
      values={{ actor, subject, action }}
      components={components}
    />
  );
}

/** Choosing a person by searching their name; the chosen person's id stays out of sight. */
function PersonPicker({
  chosen,
  onChoose,
}: {
  chosen: { id: string; name: string } | null;
  onChoose: (person: { id: string; name: string } | null) => void;
}) {
  const { t } = useTranslation('admin');
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const results = usePeopleSearch(search, search.length > 0);
  const people = search ? (results.data?.data ?? []) : [];
  return (
    <fieldset className="field audit-person">
      <legend>{t('audit.person')}</legend>
      {chosen ? (
        <p>
          {t('audit.personChosen', { name: chosen.name })}{' '}
          <button type="button" className="link-button" onClick={() => onChoose(null)}>
            {t('audit.personClear')}
          </button>
        </p>
      ) : (
        <>
          <label htmlFor="audit-person-search">{t('audit.personSearch')}</label>
          <input
            id="audit-person-search"
            type="search"
            value={query}
            maxLength={100}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setSearch(query.trim());
              }
            }}
          />
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setSearch(query.trim())}
          >
            {t('users.searchButton')}
          </button>
          {people.length > 0 && (
            <ul className="audit-person__results" aria-label={t('audit.personResults')}>
              {people.map((p: AdminUser) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onChoose({ id: p.id, name: p.displayName });
                      setQuery('');
                      setSearch('');
                    }}
                  >
                    {p.displayName}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {search && results.data && people.length === 0 && <p>{t('users.noUsers')}</p>}
        </>
      )}
    </fieldset>
  );
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  const { me, loading } = useSession();
  const allowed = Boolean(me?.abilities?.readAudit);
  const [params] = useSearchParams();
  // A person's page links here with ?person=; their name is read for the picker.
  const linked = params.get('person') ?? '';
  const linkedPerson = useQuery({
    queryKey: [...queryKeys.admin.allUsers, 'one', linked],
    queryFn: ({ signal }) => apiData<AdminUser>(`/admin/users/${linked}`, { signal }),
    enabled: allowed && Boolean(linked),
  });
  const [picked, setPicked] = useState<{ id: string; name: string } | null | undefined>();
  const person =
    picked !== undefined
      ? picked
      : linkedPerson.data
        ? { id: linkedPerson.data.id, name: linkedPerson.data.displayName }
        : null;
  const [draft, setDraft] = useState({ action: '', from: '', to: '' });
  const [applied, setApplied] = useState(draft);
  const filters: Filters = {
    person: person?.id ?? (picked === undefined ? linked : ''),
    ...applied,
  };
  const [page, setPage] = useState(1);
  const query = toParams(filters);
  query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  const audit = useQuery({
    queryKey: queryKeys.admin.audit(query.toString()),
    queryFn: ({ signal }) =>
      api<{ data: AuditEntryView[]; total: number }>(`/admin/audit?${query.toString()}`, {
        signal,
      }),
    enabled: allowed,
    // Paging keeps the rows in view until the next page has come.
    placeholderData: keepPreviousData,
  });
  const result = audit.data;
  const csv = toParams(filters);
  csv.set('lang', i18n.language === 'en' ? 'en' : 'sv');

  function submit(event: FormEvent) {
    event.preventDefault();
    setPage(1);
    setApplied(draft);
  }

  if (loading) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!allowed) {
    return (
      <div className="page auth-page">
        <h1>{t('audit.title')}</h1>
        <p>{t('users.forbidden')}</p>
      </div>
    );
  }
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const dateField = (name: 'from' | 'to') => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{t(`audit.${name}`)}</label>
      <input
        id={`audit-${name}`}
        type="date"
        value={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="page auth-page">
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <PersonPicker
        chosen={person}
        onChoose={(chosen) => {
          setPage(1);
          setPicked(chosen);
        }}
      />
      <form className="auth-inline-form" onSubmit={submit} aria-label={t('audit.filter')}>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <select
            id="audit-action"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          >
            <option value="">{t('audit.allActions')}</option>
            {ACTION_GROUPS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.groups.${actionKey(a)}`)}
              </option>
            ))}
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${actionKey(a)}`)}
              </option>
            ))}
          </select>
        </div>
        {dateField('from')}
        {dateField('to')}
        <button type="submit" className="button button--small">
          {t('audit.filter')}
        </button>
      </form>
      <p>
        <a
          className="button button--secondary"
          href={`/api/v1/admin/audit.csv?${csv.toString()}`}
          download
        >
          {t('audit.csv')}
        </a>
      </p>
      <ErrorText error={audit.error} />
      <p role="status">{result ? t('audit.count', { count: result.total }) : null}</p>
      <ol className="audit-entries card-list">
        {result?.data.map((entry) => (
          <li key={entry.seq} className="card">
            <p className="audit-entry__what">
              <Sentence entry={entry} />
            </p>
            <p className="meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language, 'precise')}</time>{' '}
              · #{entry.seq}
            </p>
          </li>
        ))}
      </ol>
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
