// /logga-in: "Logga in med e-legitimation", or a choice when several IdPs are configured. The
// login itself is a full-page navigation to the SP (SAML needs the browser, not fetch).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Idp } from '@shared/schemas/auth';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import './auth.css';

/**
 * Only a path on this site may be a return address (the server checks again). Without one, people
 * land on "Mitt arbete", which sends those without a staff role on to their own page.
 */
function localPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/mitt-arbete';
}

export function LoginPage() {
  const { t, i18n } = useTranslation('auth');
  usePageTitle(t('login.title'));
  const lang = i18n.language;
  const { me } = useSession();
  const [params] = useSearchParams();
  const returnTo = localPath(params.get('returnTo'));
  const { data: idps, error } = useQuery({
    queryKey: queryKeys.idps(lang),
    queryFn: ({ signal }) => apiData<Idp[]>(`/auth/idps?lang=${lang}`, { signal }),
  });

  const href = (idp: Idp) => `${idp.loginUrl}?returnTo=${encodeURIComponent(returnTo)}`;

  return (
    <div className="page auth-page">
      <h1>{t('login.title')}</h1>
      {me ? (
        <p>
          {t('login.alreadyIn', { name: me.displayName })}{' '}
          <Link to="/mina-sidor">{t('login.toMyPages')}</Link>
        </p>
      ) : null}
      <p className="lead">{t('login.intro')}</p>
      <ErrorText error={error} />
      {idps === undefined && !error ? <p>{t('loading', { ns: 'common' })}</p> : null}
      {idps && idps.length === 1 ? (
        <p>
          <a className="button auth-login-button" href={href(idps[0]!)}>
            {t('login.button')}
          </a>
        </p>
      ) : null}
      {idps && idps.length > 1 ? (
        <nav aria-labelledby="idp-choice">
          <h2 id="idp-choice">{t('login.chooseIdp')}</h2>
          <ul className="auth-idp-list">
            {idps.map((idp) => (
              <li key={idp.name}>
                <a className="button auth-login-button" href={href(idp)}>
                  {idp.name === 'eid' ? t('login.button') : idp.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
