// /admin/anvandare: admins find people and grant or revoke roles (each change is audited on the
// server, and the person's live connections are re-checked).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type RoleGrant } from '@shared/roles';
import type { AdminUser } from '@shared/schemas/auth';
import type { BodyView } from '@shared/schemas/bodies';
import { api, apiData } from '../../api';
import { FreshLoginNotice, isFreshLoginError } from './FreshLoginNotice';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { roleLabel } from './roles';
import { bodyNameMap, useBodies } from './useBodyNames';
import './auth.css';
import { bodyOptions, SelectField } from '../../layout/SelectField';

function GrantForm({
  user,
  bodies,
  onDone,
}: {
  user: AdminUser;
  bodies: BodyView[];
  onDone: (error?: unknown) => void;
}) {
  const { t } = useTranslation('auth');
  const [role, setRole] = useState<Role>('official');
  const [bodyId, setBodyId] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await apiData(`/admin/users/${user.id}/roles`, {
        method: 'POST',
        json: bodyId ? { role, bodyId } : { role },
      });
      onDone();
    } catch (error) {
      onDone(error);
    }
  }
  const id = `grant-${user.id}`;
  return (
    <form
      className="auth-inline-form"
      onSubmit={(e) => void submit(e)}
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
      <button type="submit" className="button button--small">
        {t('admin.grant')}
      </button>
    </form>
  );
}

export function AdminUsersPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('admin.title'));
  const { me, loading } = useSession();
  const [query, setQuery] = useState('');
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [freshLogin, setFreshLogin] = useState(false);
  /** Shows what a failed change means: log in again, or that something went wrong. */
  const showFailure = (error: unknown) => {
    const fresh = isFreshLoginError(error);
    setFreshLogin(fresh);
    setMessage(fresh ? null : t('error', { ns: 'common' }));
  };
  const allowed = Boolean(me?.abilities?.manageRoles);
  const bodies = useBodies();
  const bodyNames = bodyNameMap(bodies);

  // The submitted search and a counter that reloads the list after a change.
  const [search, setSearch] = useState('');
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (!allowed) return;
    let cancelled = false;
    const params = new URLSearchParams({ pageSize: '50', ...(search ? { q: search } : {}) });
    api<{ data: AdminUser[] }>(`/admin/users?${params.toString()}`)
      .then((result) => !cancelled && setUsers(result.data))
      .catch(() => !cancelled && setMessage(t('error', { ns: 'common' })));
    return () => {
      cancelled = true;
    };
  }, [allowed, search, version, t]);

  async function revoke(user: AdminUser, grant: RoleGrant) {
    const suffix = grant.bodyId ? `?bodyId=${encodeURIComponent(grant.bodyId)}` : '';
    try {
      await apiData(`/admin/users/${user.id}/roles/${grant.role}${suffix}`, { method: 'DELETE' });
      setFreshLogin(false);
      reload();
    } catch (error) {
      showFailure(error);
    }
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
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--small">
          {t('admin.search')}
        </button>
      </form>
      <p role="status" className="error-text">
        {message}
      </p>
      {freshLogin ? <FreshLoginNotice /> : null}
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
                        onClick={() => void revoke(user, grant)}
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
                <GrantForm
                  user={user}
                  bodies={bodies}
                  onDone={(error) => {
                    if (error === undefined) {
                      setMessage(null);
                      setFreshLogin(false);
                    } else showFailure(error);
                    reload();
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
