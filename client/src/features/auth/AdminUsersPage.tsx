// /admin/anvandare: admins search for people; each name opens the person's page
// (/admin/anvandare/:id), where roles are granted and removed with a confirmation.
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminUserQuerySchema, type AdminUser } from '@shared/schemas/auth';
import { api } from '../../api';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { queryKeys } from '../../query/keys';
import { bodyNameMap, useBodies } from '../../query/useBodies';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { roleLabel } from './roles';
import './auth.css';

/** People whose name contains `search` (50 at most), for the list and the person pickers. */
export function usePeopleSearch(search: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.admin.users(search),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ pageSize: '50', ...(search ? { q: search } : {}) });
      return api<{ data: AdminUser[]; total: number }>(`/admin/users?${params.toString()}`, {
        signal,
      });
    },
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function AdminUsersPage() {
  const { t, i18n } = useTranslation('admin');
  const { t: ta } = useTranslation('auth');
  usePageTitle(t('users.title'));
  const { me, loading } = useSession();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const allowed = Boolean(me?.abilities?.manageRoles);
  const bodyNames = bodyNameMap(useBodies());
  const list = usePeopleSearch(search, allowed);
  const users = list.data?.data ?? [];

  if (loading) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!allowed) {
    return (
      <div className="page auth-page">
        <h1>{t('users.title')}</h1>
        <p>{t('users.forbidden')}</p>
      </div>
    );
  }
  return (
    <div className="page auth-page">
      <h1>{t('users.title')}</h1>
      <p className="lead">{t('users.intro')}</p>
      <form
        role="search"
        className="auth-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(query.trim());
        }}
      >
        <div className="field">
          <label htmlFor="admin-user-search">{t('users.search')}</label>
          <input
            id="admin-user-search"
            type="search"
            value={query}
            maxLength={AdminUserQuerySchema.shape.q.unwrap().maxLength ?? undefined}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--small">
          {t('users.searchButton')}
        </button>
      </form>
      <ErrorText error={list.error} />
      <p role="status">{list.data ? t('users.count', { count: list.data.total }) : null}</p>
      {list.data && users.length === 0 ? <p>{t('users.noUsers')}</p> : null}
      {users.length > 0 && (
        <ul className="card-list admin-people">
          {users.map((user) => (
            <li key={user.id} className="card">
              <h2 className="admin-people__name">
                <Link to={`/admin/anvandare/${user.id}`}>{user.displayName}</Link>
              </h2>
              <p className="meta">
                {t('users.roles')}:{' '}
                {user.roles.map((grant) => roleLabel(ta, grant, bodyNames)).join(', ')}
              </p>
              <p className="meta">
                {t('users.lastLogin')}:{' '}
                {user.lastLoginAt ? (
                  <time dateTime={user.lastLoginAt}>
                    {formatDateTime(user.lastLoginAt, i18n.language)}
                  </time>
                ) : (
                  t('users.never')
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
