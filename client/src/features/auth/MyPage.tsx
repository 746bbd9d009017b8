// /mina-sidor: the signed-in person's own page: roles, name display, the sections other features
// contribute (myPageSections), data export and account deletion.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myPageSections } from '../my-page-sections';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { ProfileSection } from './ProfileSection';
import { DataSection } from './DataSection';
import { roleLabel } from './roles';
import { bodyNameMap, useBodies } from '../../query/useBodies';
import './auth.css';

export function MyPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('myPages.title'));
  const session = useSession();
  const { me, loading } = session;
  const [deleted, setDeleted] = useState(false);
  const bodyNames = bodyNameMap(useBodies());

  if (deleted) {
    return (
      <div className="page auth-page">
        <h1>{t('myPages.title')}</h1>
        <p role="status">{t('myPages.deleted')}</p>
      </div>
    );
  }
  if (loading) {
    return (
      <div className="page auth-page">
        <h1>{t('myPages.title')}</h1>
        <p>{t('loading', { ns: 'common' })}</p>
      </div>
    );
  }
  if (!me) {
    return (
      <div className="page auth-page">
        <h1>{t('myPages.title')}</h1>
        <p>{t('myPages.needLogin')}</p>
        <p>
          <Link className="button" to="/logga-in?returnTo=%2Fmina-sidor">
            {t('login.button')}
          </Link>
        </p>
      </div>
    );
  }
  const specialRoles = me.roles.filter((grant) => grant.role !== 'citizen' || grant.bodyId);
  return (
    <div className="page auth-page">
      <h1>{t('myPages.title')}</h1>
      <p className="lead">{t('menu.signedInAs', { name: me.displayName })}</p>
      <section className="auth-section" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('myPages.rolesTitle')}</h2>
        {/* Stated once: a resident without other roles is told so in words, without a badge. */}
        {specialRoles.length === 0 ? (
          <p data-testid="my-roles-none">{t('myPages.noRoles')}</p>
        ) : (
          <ul className="auth-roles" data-testid="my-roles">
            {specialRoles.map((grant) => (
              <li
                key={`${grant.role}:${grant.bodyId ?? ''}`}
                className="badge"
                data-role={grant.role}
              >
                {roleLabel(t, grant, bodyNames)}
              </li>
            ))}
          </ul>
        )}
        {me.abilities?.manageRoles ? (
          <p>
            <Link to="/admin/anvandare">{t('admin.title')}</Link>
          </p>
        ) : null}
        {me.abilities?.readAudit ? (
          <p>
            <Link to="/admin/logg">{t('admin.auditLink')}</Link>
          </p>
        ) : null}
      </section>
      <ProfileSection me={me} />
      {myPageSections.map((Section, index) => (
        <Section key={index} />
      ))}
      <DataSection
        onDeleted={() => {
          setDeleted(true);
          void session.refresh();
        }}
      />
    </div>
  );
}
