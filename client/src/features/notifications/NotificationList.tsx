// The list of notifications with "mark all read"; each links to what changed.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import type { Notification } from '@shared/schemas/notifications';
import { useNotifications } from './useNotifications';

/** What a notification says, in the reader's language, from its kind and fields. */
function useNotificationText() {
  const { t } = useTranslation('proposals');
  const { t: c } = useTranslation('citizen');
  const { t: comments } = useTranslation('comments');
  const { t: reading } = useTranslation('reading');
  return (n: Notification): string => {
    const { title } = n.subject;
    switch (n.kind) {
      case 'proposal_status':
        return t('notifications.item', { title, step: t(`step.${n.step}`) });
      case 'comment_reply':
        return c(n.official ? 'notice.officialReply' : 'notice.reply', { title, name: n.by });
      case 'comment_moderated':
        return c('notice.moderated', {
          title,
          rule: comments(`moderation.rules.${n.rule}`, { defaultValue: n.rule }),
        });
      case 'live_question':
        return c(`notice.question_${n.state}`, { title });
      case 'followed_activity':
        return `${c(`followed.${n.event}`)}: ${title}`;
      case 'records_request':
        return c('notice.request', { title, reference: n.reference });
      case 'document_added':
        return reading('notify.documentAdded', { title, document: n.document });
      case 'substitute_called':
        return reading('notify.substituteCalled', { title });
      default:
        // A kind this page does not know yet (from a newer server) still names its subject.
        return title;
    }
  };
}

/**
 * The list. `headingLevel` null: the page's own h1 names it (the notifications page), so the
 * heading is not repeated.
 */
export function NotificationList({ headingLevel = 2 }: { headingLevel?: 2 | 3 | null }) {
  const { t, i18n } = useTranslation('proposals');
  const textOf = useNotificationText();
  const { items, unread, loaded, error, markError, markAllRead, markRead } = useNotifications();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section
      aria-labelledby={headingLevel === null ? 'page-heading' : 'notifications-heading'}
      className="notification-list"
    >
      {headingLevel !== null && (
        <Heading id="notifications-heading">{t('notifications.title')}</Heading>
      )}
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
          const text = textOf(n);
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
