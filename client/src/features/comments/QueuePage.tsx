// The moderator queue: held, automatically hidden and reported comments with their author, time,
// content and reports. Each state offers its own decisions: a held comment is approved or rejected
// (the rule is chosen in the rejection form), a hidden one shown again or hidden for good, a
// reported one kept or hidden; any of them can have a part masked (a phone number) under a rule.
import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Comment, ModerationRule, QueueItem } from '@shared/schemas/comments';
import { apiData } from '../../api';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { queryKeys } from '../../query/keys';
import { usePageTitle } from '../../usePageTitle';
import { HideForm } from './HideForm';
import { MaskForm } from './MaskForm';
import { useModerationQueue } from './queries';
import { SettingsPanel } from './SettingsPanel';
import './comments.css';

type Done = (id: string, message: string, leaves: boolean) => void;

/** The text selected inside `container`, if any (the span a moderator marked for masking). */
function selectionWithin(container: HTMLElement | null): string {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  return container.contains(range.commonAncestorContainer) ? selection.toString().trim() : '';
}

function QueueEntry({ item, onDone }: { item: QueueItem; onDone: Done }) {
  const { t, i18n } = useTranslation('comments');
  const { t: ta } = useTranslation('admin');
  const [mode, setMode] = useState<'idle' | 'hide' | 'mask'>('idle');
  const [selected, setSelected] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = `queue-${item.id}`;
  const decide = useMutation({
    mutationFn: (action: 'restore' | 'keep') =>
      apiData<Comment>(`/comments/${item.id}/${action}`, { method: 'POST' }),
    onSuccess: (_comment, action) =>
      onDone(
        item.id,
        ta(
          action === 'keep'
            ? 'queue.done.kept'
            : item.state === 'pending'
              ? 'queue.done.approved'
              : 'queue.done.restored',
        ),
        true,
      ),
  });
  const masked = (_comment: Comment, rule: ModerationRule, count: number) => {
    setMode('idle');
    // A reported comment that stays shown leaves the queue (its reports are settled).
    onDone(
      item.id,
      ta('queue.done.masked', { count, rule: t(`moderation.rules.${rule}`) }),
      item.state === 'visible',
    );
  };
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`queue.state.${item.state as 'pending' | 'flagged' | 'visible'}`)}</h2>
      <p className="meta">
        {item.authorName ? ta('queue.byAt', { name: item.authorName }) : ta('queue.unknownAuthor')}
        {', '}
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
        {' · '}
        {t('queue.in')}:{' '}
        {item.subject.path ? (
          <Link to={item.subject.path}>{item.subject.title}</Link>
        ) : (
          item.subject.title
        )}
      </p>
      {/* Server-cleaned HTML (sanitize-html allow-list), as in the thread. */}
      <div
        ref={bodyRef}
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
      <ErrorText error={decide.error} role="none" />
      {mode === 'hide' && (
        <HideForm
          commentId={item.id}
          onCancel={() => setMode('idle')}
          onDone={(comment) =>
            onDone(
              item.id,
              ta(comment.state === 'rejected' ? 'queue.done.rejected' : 'queue.done.hidden'),
              true,
            )
          }
        />
      )}
      {mode === 'mask' && (
        <MaskForm
          commentId={item.id}
          selected={selected}
          onCancel={() => setMode('idle')}
          onDone={masked}
        />
      )}
      {mode === 'idle' && (
        <div className="comment-form__buttons">
          {item.state === 'visible' ? (
            <button
              type="button"
              className="button"
              disabled={decide.isPending}
              onClick={() => decide.mutate('keep')}
            >
              {ta('queue.keep')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={decide.isPending}
              onClick={() => decide.mutate('restore')}
            >
              {item.state === 'pending' ? t('moderation.approve') : t('moderation.restore')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            // The selection is read before the click moves the focus away from it.
            onMouseDown={() => setSelected(selectionWithin(bodyRef.current))}
            onClick={() => {
              setSelected((current) => current || selectionWithin(bodyRef.current));
              setMode('mask');
            }}
          >
            {ta('queue.maskOpen')}
          </button>
          <button type="button" className="button button--danger" onClick={() => setMode('hide')}>
            {item.state === 'pending' ? ta('queue.reject') : t('moderation.hide')}
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
  const done: Done = (id, message, leaves) => {
    if (leaves) {
      client.setQueryData<QueueItem[]>(queryKeys.comments.queue, (list) =>
        list?.filter((i) => i.id !== id),
      );
    } else {
      void client.invalidateQueries({ queryKey: queryKeys.comments.queue });
    }
    void client.invalidateQueries({ queryKey: queryKeys.comments.all, type: 'inactive' });
    setStatus(message);
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
