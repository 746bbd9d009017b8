// Shown when the server answers 403 `fresh_login_required` (erasing one's account, changing roles):
// explains why and offers to log in again, coming back to this page afterwards.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../api';
import { needsFreshLogin } from '@shared/errors';

/** Whether a failed call asked for a recent login. */
export function isFreshLoginError(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.code === 'forbidden' &&
    needsFreshLogin({ code: error.code, details: error.details })
  );
}

export function FreshLoginNotice() {
  const { t } = useTranslation('auth');
  const { pathname } = useLocation();
  return (
    <div role="alert" className="auth-fresh-login">
      <p>{t('freshLogin.text')}</p>
      <p>
        <Link className="button" to={`/logga-in?returnTo=${encodeURIComponent(pathname)}`}>
          {t('freshLogin.action')}
        </Link>
      </p>
    </div>
  );
}
