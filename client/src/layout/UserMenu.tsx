// Header corner: a login link, or who is signed in with a link to their page and logout.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../session';

export function UserMenu() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const { me } = session;
  const navigate = useNavigate();
  if (!me) {
    return (
      <Link to="/logga-in" className="button button--small">
        {t('nav.login', { ns: 'common' })}
      </Link>
    );
  }
  async function logout() {
    await session.logout();
    void navigate('/');
  }
  return (
    <span className="user-menu">
      <Link to="/mina-sidor" aria-label={t('menu.signedInAs', { name: me.displayName })}>
        {me.displayName}
      </Link>
      <button type="button" className="link-button" onClick={() => void logout()}>
        {t('menu.logout')}
      </button>
    </span>
  );
}
