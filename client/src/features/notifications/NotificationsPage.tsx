// /aviseringar: the signed-in person's notifications and e-mail setting.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { EmailSettings } from './EmailSettings';
import { NotificationList } from './NotificationList';

export function NotificationsPage() {
  const { t } = useTranslation('proposals');
  const { me, loading } = useSession();
  usePageTitle(t('notifications.title'));
  return (
    <>
      <h1 id="page-heading">{t('notifications.title')}</h1>
      {!loading && !me && (
        <p>
          <Link to="/logga-in?returnTo=/aviseringar">{t('form.login')}</Link>
        </p>
      )}
      {me && (
        <>
          <NotificationList headingLevel={null} />
          <EmailSettings headingLevel={2} />
        </>
      )}
    </>
  );
}

/** The my-page section: notifications and the e-mail setting. */
export function NotificationsSection() {
  return (
    <>
      <NotificationList />
      <EmailSettings />
    </>
  );
}
