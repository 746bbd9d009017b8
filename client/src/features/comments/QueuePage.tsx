// The moderator queue: held, automatically hidden and reported comments with their content and
// reports; hide under a rule, or approve/restore.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Comment, QueueItem } from '@shared/schemas/comments';
import { ApiError, apiData } from '../../api';
import { usePageTitle } from '../../usePageTitle';
import { HideForm } from './HideForm';
import { SettingsPanel } from './SettingsPanel';
import './comments.css';

function QueueEntry({ item, onDone }: { item: QueueItem; onDone: (id: string) => void }) {
  const { t } = useTranslation('comments');
  const [hiding, setHiding] = useState(false);
  const [error, setError] = useState('');
  const restore = async () => {
    try {
      await apiData<Comment>(`/comments/${item.id}/restore`, { method: 'POST' });
      onDone(item.id);
    } catch {
      setError(t('comment.actionFailed'));
    }
  };
  return (
    <li className="card">
      <h2>{t(`queue.state.${item.state as 'pending' | 'flagged' | 'visible'}`)}</h2>
      <p className="meta">
        {t('queue.in')}:{' '}
        {item.subject.path ? (
          <Link to={item.subject.path}>{item.subject.title}</Link>
        ) : (
          item.subject.title
        )}
      </p>
      {/* Server-cleaned HTML (sanitize-html allow-list), as in the thread. */}
      <div
        className="moderation-item__original"
        dangerouslySetInnerHTML={{ __html: item.originalBody }}
      />
      {item.reports.length > 0 && (
        <>
          <h3>{t('queue.reports')}</h3>
          <ul>
            {item.reports.map((r, i) => (
              <li key={i}>{r.reason}</li>
            ))}
          </ul>
        </>
      )}
      {error && <p className="error-text">{error}</p>}
      {hiding ? (
        <HideForm
          commentId={item.id}
          onCancel={() => setHiding(false)}
          onDone={() => onDone(item.id)}
        />
      ) : (
        <div className="comment-form__buttons">
          <button type="button" className="button" onClick={() => void restore()}>
            {item.state === 'pending' ? t('moderation.approve') : t('moderation.restore')}
          </button>
          <button type="button" className="button button--danger" onClick={() => setHiding(true)}>
            {t('moderation.hide')}
          </button>
        </div>
      )}
    </li>
  );
}

export function QueuePage() {
  const { t } = useTranslation('comments');
  usePageTitle(t('queue.title'));
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    apiData<QueueItem[]>('/comments/moderation-queue')
      .then(setItems)
      .catch((e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 401
            ? t('signInRequired')
            : e instanceof ApiError && e.status === 403
              ? t('queue.forbidden')
              : t('thread.loadError'),
        ),
      );
  }, [t]);

  return (
    <div className="page">
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.intro')}</p>
      <p role="status">{status}</p>
      {error && <p className="error-text">{error}</p>}
      {!error && !items && <p>{t('thread.loading')}</p>}
      {items?.length === 0 && <p>{t('queue.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="card-list">
          {items.map((item) => (
            <QueueEntry
              key={item.id}
              item={item}
              onDone={(id) => {
                setItems((list) => list?.filter((i) => i.id !== id) ?? null);
                setStatus(t('queue.done'));
              }}
            />
          ))}
        </ul>
      )}
      {items && <SettingsPanel />}
    </div>
  );
}
