// The official's inbox: threads on their bodies' documents and proposals with comments no
// official has answered yet.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { usePageTitle } from '../../usePageTitle';
import { useInbox } from './queries';
import './comments.css';

/** The subject's page, opened at the comment (a query before any #fragment of the path). */
function openAt(path: string, commentId: string | undefined): string {
  if (!commentId) return path;
  const [page = path, fragment] = path.split('#');
  return `${page}?kommentar=${commentId}${fragment ? `#${fragment}` : ''}`;
}

export function InboxPage() {
  const { t, i18n } = useTranslation('comments');
  usePageTitle(t('inbox.title'));
  const { data: threads, error } = useInbox();

  return (
    <div className="page">
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      <ErrorText
        error={error}
        overrides={{ unauthenticated: t('signInRequired'), forbidden: t('inbox.forbidden') }}
      />
      {!error && !threads && <p>{t('thread.loading')}</p>}
      {threads?.length === 0 && <p>{t('inbox.empty')}</p>}
      {threads && threads.length > 0 && (
        <ul className="card-list">
          {threads.map((thread) => (
            <li key={`${thread.subjectType}:${thread.subjectId}`} className="card">
              <Link to={openAt(thread.path, thread.commentId)}>{thread.title}</Link>
              <p className="meta">
                {t('inbox.unanswered', { count: thread.unanswered })} ·{' '}
                {t('inbox.latest', {
                  date: formatDateTime(thread.latestAt, i18n.language, 'medium'),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
