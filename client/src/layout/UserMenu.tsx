// Header corner: a login link, or who is signed in with links to their page and logout.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session';

export function UserMenu() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) {
    return (
      <Link to="/logga-in" className="button button--small">
        {t('nav.login')}
      </Link>
    );
  }
  return (
    <span className="user-menu">
      <Link to="/mina-sidor">{me.displayName}</Link>
    </span>
  );
}
