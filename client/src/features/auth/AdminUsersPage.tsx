// /admin/anvandare: admins find people and grant or revoke roles (each change is audited on the
// server, and the person's live connections are re-checked).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type RoleGrant } from '@shared/roles';
import { AdminUserQuerySchema, type AdminUser } from '@shared/schemas/auth';
import type { BodyView } from '@shared/schemas/bodies';
import { api } from '../../api';
import { useErrorText } from '../../errors/ErrorText';
import { bodyOptions, SelectField } from '../../layout/SelectField';
import { queryKeys } from '../../query/keys';
import { bodyNameMap, useBodies } from '../../query/useBodies';
import { useSession } from '../../session';
import { FreshLoginNotice, isFreshLoginError } from './FreshLoginNotice';
import { usePageTitle } from '../../usePageTitle';
import { roleLabel } from './roles';
import './auth.css';

/** A role change: sent, then every user list reloads. */
function useRoleChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, method, json }: { path: string; method: string; json?: unknown }) =>
      api(path, { method, json }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.admin.allUsers }),
  });
}

function GrantForm({
  user,
  bodies,
  onError,
}: {
  user: AdminUser;
  bodies: BodyView[];
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('auth');
  const [role, setRole] = useState<Role>('official');
  const [bodyId, setBodyId] = useState('');
  const grant = useRoleChange();
  function submit(event: FormEvent) {
    event.preventDefault();
    grant.mutate(
      {
        path: `/admin/users/${user.id}/roles`,
        method: 'POST',
        json: bodyId ? { role, bodyId } : { role },
      },
      { onSuccess: () => onError(null), onError },
    );
  }
  const id = `grant-${user.id}`;
  return (
    <form
      className="auth-inline-form"
      onSubmit={submit}
      aria-label={t('admin.grantTo', { name: user.displayName })}
    >
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('admin.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <SelectField
        id={`${id}-body`}
        label={t('admin.bodyId')}
        value={bodyId}
        onChange={setBodyId}
        empty={t('admin.allBodies')}
        options={bodyOptions(bodies)}
      />
      <button type="submit" className="button button--small" disabled={grant.isPending}>
        {t('admin.grant')}
      </button>
    </form>
  );
}

export function AdminUsersPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('admin.title'));
  const { me, loading } = useSession();
  const errorText = useErrorText();
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const allowed = Boolean(me?.abilities?.manageRoles);
  const bodies = useBodies();
  const bodyNames = bodyNameMap(bodies);
  // The submitted search.
  const [search, setSearch] = useState('');
  const list = useQuery({
    queryKey: queryKeys.admin.users(search),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ pageSize: '50', ...(search ? { q: search } : {}) });
      return api<{ data: AdminUser[] }>(`/admin/users?${params.toString()}`, { signal });
    },
    enabled: allowed,
  });
  const users = list.data?.data ?? [];
  const revoke = useRoleChange();
  const shownError = failure ?? list.error ?? revoke.error;

  function revokeGrant(user: AdminUser, grant: RoleGrant) {
    const suffix = grant.bodyId ? `?bodyId=${encodeURIComponent(grant.bodyId)}` : '';
    revoke.mutate({
      path: `/admin/users/${user.id}/roles/${grant.role}${suffix}`,
      method: 'DELETE',
    });
  }

  if (loading) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!allowed) {
    return (
      <div className="page auth-page">
        <h1>{t('admin.title')}</h1>
        <p>{t('admin.forbidden')}</p>
      </div>
    );
  }
  return (
    <div className="page auth-page">
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <form
        role="search"
        className="auth-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(query.trim());
        }}
      >
        <div className="field">
          <label htmlFor="admin-user-search">{t('admin.search')}</label>
          <input
            id="admin-user-search"
            type="search"
            value={query}
            maxLength={AdminUserQuerySchema.shape.q.unwrap().maxLength ?? undefined}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--small">
          {t('admin.search')}
        </button>
      </form>
      <p role="status" className="error-text">
        {shownError && !isFreshLoginError(shownError) ? errorText(shownError) : null}
      </p>
      {isFreshLoginError(shownError) ? <FreshLoginNotice /> : null}
      {users.length === 0 ? <p>{t('admin.noUsers')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('admin.user')}</th>
            <th scope="col">{t('admin.roles')}</th>
            <th scope="col">{t('admin.grant')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.displayName}</th>
              <td>
                <ul className="auth-roles">
                  {user.roles.map((grant) => (
                    <li key={`${grant.role}:${grant.bodyId ?? ''}`}>
                      <span className="badge">{roleLabel(t, grant, bodyNames)}</span>{' '}
                      <button
                        type="button"
                        className="link-button"
                        disabled={revoke.isPending}
                        onClick={() => revokeGrant(user, grant)}
                        aria-label={t('admin.revoke', {
                          role: roleLabel(t, grant, bodyNames),
                          name: user.displayName,
                        })}
                      >
                        ✕
                      </button>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <GrantForm user={user} bodies={bodies} onError={setFailure} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
