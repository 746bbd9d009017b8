// The header's notification bell: a link to the notifications page with the unread count, which
// updates live. Shown only to signed-in people.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotificationRoom, useNotifications } from './useNotifications';
import './notifications.css';

export function NotificationBell() {
  const { t } = useTranslation('proposals');
  const { unread, signedIn } = useNotifications();
  useNotificationRoom();
  if (!signedIn) return null;
  const label =
    unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Link
      to="/aviseringar"
      className="notification-bell"
      aria-label={label}
      data-testid="notification-bell"
    >
      <span aria-hidden="true">{t('notifications.bell')}</span>
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {unread}
        </span>
      )}
    </Link>
  );
}
