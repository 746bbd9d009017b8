// /admin/anvandare/:id: one person's roles. A role is granted (with a body chosen from the list, or
// none for every body) and removed only after a confirmation; the base role is never offered for
// removal (the server refuses it too). Each change is confirmed in words in a live region.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BASE_ROLE_REFUSED, ROLES, type Role, type RoleGrant } from '@shared/roles';
import type { AdminUser } from '@shared/schemas/auth';
import { api, apiData } from '../../api';
import { formatDateTime } from '../../dates';
import { asApiError } from '../../errors/errorText';
import { ErrorText, useErrorText } from '../../errors/ErrorText';
import { bodyOptions, SelectField } from '../../layout/SelectField';
import { queryKeys } from '../../query/keys';
import { bodyNameMap, useBodies } from '../../query/useBodies';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { ConfirmDialog } from './ConfirmDialog';
import { FreshLoginNotice, isFreshLoginError } from './FreshLoginNotice';
import './auth.css';

const isBase = (grant: RoleGrant) => grant.role === 'citizen' && !grant.bodyId;

type Pending = { kind: 'grant' | 'revoke'; grant: RoleGrant } | null;

export function AdminUserPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('admin');
  const { me, loading } = useSession();
  const errorText = useErrorText();
  const client = useQueryClient();
  const allowed = Boolean(me?.abilities?.manageRoles);
  const bodies = useBodies();
  const bodyNames = bodyNameMap(bodies);
  const key = [...queryKeys.admin.allUsers, 'one', id] as const;
  const person = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiData<AdminUser>(`/admin/users/${id}`, { signal }),
    enabled: allowed,
  });
  usePageTitle(person.data?.displayName ?? t('users.title'));
  const [role, setRole] = useState<Role>('official');
  const [bodyId, setBodyId] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [status, setStatus] = useState('');

  /** "förtroendevald i Kommunstyrelsen" */
  const phrase = (grant: RoleGrant) => {
    const name = t(`roleName.${grant.role}`);
    return grant.bodyId
      ? t('person.roleIn', { role: name, body: bodyNames.get(grant.bodyId) ?? '' })
      : name;
  };

  const change = useMutation({
    mutationFn: ({ kind, grant }: NonNullable<Pending>) => {
      if (kind === 'grant') {
        return api<{ data: RoleGrant[] }>(`/admin/users/${id}/roles`, {
          method: 'POST',
          json: grant.bodyId ? { role: grant.role, bodyId: grant.bodyId } : { role: grant.role },
        });
      }
      const suffix = grant.bodyId ? `?bodyId=${encodeURIComponent(grant.bodyId)}` : '';
      return api<{ data: RoleGrant[] }>(`/admin/users/${id}/roles/${grant.role}${suffix}`, {
        method: 'DELETE',
      });
    },
    onSuccess: ({ data }, { kind, grant }) => {
      const name = person.data?.displayName ?? '';
      client.setQueryData<AdminUser>(key, (shown) => shown && { ...shown, roles: data });
      void client.invalidateQueries({ queryKey: queryKeys.admin.allUsers });
      setStatus(
        t(kind === 'grant' ? 'person.granted' : 'person.revoked', {
          name,
          role: phrase(grant),
        }),
      );
    },
    onSettled: () => setPending(null),
  });

  if (loading) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!allowed) {
    return (
      <div className="page auth-page">
        <h1>{t('users.title')}</h1>
        <p>{t('users.forbidden')}</p>
      </div>
    );
  }
  if (person.error) {
    return (
      <div className="page auth-page">
        <h1>{t('users.title')}</h1>
        {asApiError(person.error).code === 'not_found' ? (
          <p>{t('person.notFound')}</p>
        ) : (
          <ErrorText error={person.error} />
        )}
        <p>
          <Link to="/admin/anvandare">{t('person.back')}</Link>
        </p>
      </div>
    );
  }
  const user = person.data;
  if (!user) return <p>{t('loading', { ns: 'common' })}</p>;

  const failure = change.error;
  const failureText =
    failure && !isFreshLoginError(failure)
      ? (asApiError(failure).details as { reason?: string } | undefined)?.reason ===
        BASE_ROLE_REFUSED
        ? t('person.baseRole')
        : errorText(failure)
      : '';
  const chosen: RoleGrant = bodyId ? { role, bodyId } : { role };
  const has = (grant: RoleGrant) =>
    user.roles.some((g) => g.role === grant.role && (g.bodyId ?? '') === (grant.bodyId ?? ''));

  return (
    <div className="page auth-page">
      <p>
        <Link to="/admin/anvandare">{t('person.back')}</Link>
      </p>
      <h1>{user.displayName}</h1>
      <p className="meta">
        {user.lastLoginAt
          ? t('person.lastLogin', { date: formatDateTime(user.lastLoginAt, i18n.language) })
          : t('person.neverLoggedIn')}
      </p>
      <p>
        <Link to={`/admin/logg?person=${user.id}`}>{t('person.inLog')}</Link>
      </p>

      <div role="status" aria-live="polite" className="auth-status">
        {status && <p className="success-text">{status}</p>}
        {failureText && <p className="error-text">{failureText}</p>}
      </div>
      {isFreshLoginError(failure) ? <FreshLoginNotice /> : null}

      <section aria-labelledby="person-roles" className="card">
        <h2 id="person-roles">{t('person.roles')}</h2>
        <ul className="auth-roles">
          {user.roles.map((grant) => (
            <li key={`${grant.role}:${grant.bodyId ?? ''}`}>
              <span className="badge">{phrase(grant)}</span>{' '}
              {isBase(grant) ? (
                <span className="meta">({t('person.base')})</span>
              ) : (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('person.revokeLabel', {
                    role: phrase(grant),
                    name: user.displayName,
                  })}
                  onClick={() => {
                    setStatus('');
                    setPending({ kind: 'revoke', grant });
                  }}
                >
                  {t('person.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="person-grant" className="card">
        <h2 id="person-grant">{t('person.grantTitle')}</h2>
        <form
          className="auth-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setStatus('');
            setPending({ kind: 'grant', grant: chosen });
          }}
        >
          <SelectField
            id="grant-role"
            label={t('person.role')}
            value={role}
            onChange={(value) => setRole(value as Role)}
            options={ROLES.map((r) => ({ value: r, label: t(`roleName.${r}`) }))}
          />
          <SelectField
            id="grant-body"
            label={t('person.body')}
            value={bodyId}
            onChange={setBodyId}
            empty={t('person.everyBody')}
            options={bodyOptions(bodies)}
          />
          <button type="submit" className="button button--small" disabled={change.isPending}>
            {t('person.grant')}
          </button>
        </form>
        {has(chosen) && (
          <p className="meta">{t('person.alreadyHas', { name: user.displayName })}</p>
        )}
      </section>

      <ConfirmDialog
        open={pending !== null}
        danger={pending?.kind === 'revoke'}
        busy={change.isPending}
        question={
          pending
            ? t(pending.kind === 'grant' ? 'person.confirmGrant' : 'person.confirmRevoke', {
                name: user.displayName,
                role: phrase(pending.grant),
              })
            : ''
        }
        onConfirm={() => pending && change.mutate(pending)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
