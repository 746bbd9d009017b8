// The list of notifications with "mark all read"; each links to what changed.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { useNotifications } from './useNotifications';

export function NotificationList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('proposals');
  const { items, unread, loaded, error, markError, markAllRead, markRead } = useNotifications();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="notifications-heading" className="notification-list">
      <Heading id="notifications-heading">{t('notifications.title')}</Heading>
      {unread > 0 && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={markAllRead}
        >
          {t('notifications.markAllRead')}
        </button>
      )}
      <ErrorText error={error ?? markError} />
      {loaded && !error && items.length === 0 && <p>{t('notifications.empty')}</p>}
      <ul className="card-list" aria-live="polite">
        {items.map((n) => {
          const { title } = n.subject;
          // A kind this page does not know yet (from a newer server) still names its subject.
          const text =
            n.kind === 'proposal_status'
              ? t('notifications.item', { title, step: t(`step.${n.step}`) })
              : n.kind === 'document_added'
                ? t('reading:notify.documentAdded', { title, document: n.document })
                : n.kind === 'substitute_called'
                  ? t('reading:notify.substituteCalled', { title })
                  : title;
          return (
            <li key={n.id} className={n.read ? 'card' : 'card notification--unread'}>
              {!n.read && <span className="badge">{t('notifications.unread')}</span>}{' '}
              <Link to={n.path} onClick={() => markRead(n.id)}>
                {text}
              </Link>
              <div className="meta">
                <time dateTime={n.createdAt}>
                  {formatDateTime(n.createdAt, i18n.language, 'medium')}
                </time>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
