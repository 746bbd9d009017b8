// The moderator queue: held, automatically hidden and reported comments with their content and
// reports; hide under a rule, or approve/restore.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Comment, QueueItem } from '@shared/schemas/comments';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { queryKeys } from '../../query/keys';
import { usePageTitle } from '../../usePageTitle';
import { HideForm } from './HideForm';
import { useModerationQueue } from './queries';
import { SettingsPanel } from './SettingsPanel';
import './comments.css';

function QueueEntry({ item, onDone }: { item: QueueItem; onDone: (id: string) => void }) {
  const { t } = useTranslation('comments');
  const [hiding, setHiding] = useState(false);
  const restore = useMutation({
    mutationFn: () => apiData<Comment>(`/comments/${item.id}/restore`, { method: 'POST' }),
    onSuccess: () => onDone(item.id),
  });
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
      <ErrorText error={restore.error} role="none" />
      {hiding ? (
        <HideForm
          commentId={item.id}
          onCancel={() => setHiding(false)}
          onDone={() => onDone(item.id)}
        />
      ) : (
        <div className="comment-form__buttons">
          <button
            type="button"
            className="button"
            disabled={restore.isPending}
            onClick={() => restore.mutate()}
          >
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
  const client = useQueryClient();
  const { data: items, error } = useModerationQueue();
  const [status, setStatus] = useState('');
  /** A decided item leaves the queue at once; the log and threads show the decision. */
  const done = (id: string) => {
    client.setQueryData<QueueItem[]>(queryKeys.comments.queue, (list) =>
      list?.filter((i) => i.id !== id),
    );
    void client.invalidateQueries({ queryKey: queryKeys.comments.all, type: 'inactive' });
    setStatus(t('queue.done'));
  };

  return (
    <div className="page">
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.intro')}</p>
      <p role="status">{status}</p>
      <ErrorText
        error={error}
        overrides={{ unauthenticated: t('signInRequired'), forbidden: t('queue.forbidden') }}
      />
      {!error && !items && <p>{t('thread.loading')}</p>}
      {items?.length === 0 && <p>{t('queue.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="card-list">
          {items.map((item) => (
            <QueueEntry key={item.id} item={item} onDone={done} />
          ))}
        </ul>
      )}
      {items && <SettingsPanel />}
    </div>
  );
}
