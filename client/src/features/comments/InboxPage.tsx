// The official's inbox: threads on their bodies' documents and proposals with comments no
// official has answered yet.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxThread } from '@shared/schemas/comments';
import { ApiError, apiData } from '../../api';
import { usePageTitle } from '../../usePageTitle';
import './comments.css';

export function InboxPage() {
  const { t, i18n } = useTranslation('comments');
  usePageTitle(t('inbox.title'));
  const [threads, setThreads] = useState<InboxThread[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    apiData<InboxThread[]>('/comments/inbox')
      .then(setThreads)
      .catch((e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 401
            ? t('signInRequired')
            : e instanceof ApiError && e.status === 403
              ? t('inbox.forbidden')
              : t('thread.loadError'),
        ),
      );
  }, [t]);

  return (
    <div className="page">
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      {error && <p className="error-text">{error}</p>}
      {!error && !threads && <p>{t('thread.loading')}</p>}
      {threads?.length === 0 && <p>{t('inbox.empty')}</p>}
      {threads && threads.length > 0 && (
        <ul className="card-list">
          {threads.map((thread) => (
            <li key={`${thread.subjectType}:${thread.subjectId}`} className="card">
              <Link to={thread.path}>{thread.title}</Link>
              <p className="meta">
                {t('inbox.unanswered', { count: thread.unanswered })} ·{' '}
                {t('inbox.latest', {
                  date: new Date(thread.latestAt).toLocaleString(
                    i18n.language === 'sv' ? 'sv-SE' : 'en-GB',
                    {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    },
                  ),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
