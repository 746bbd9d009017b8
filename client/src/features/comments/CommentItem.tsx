// One comment in a thread: who wrote it (official badge with party and position), when, the
// server-cleaned body or a tombstone, and what the viewer may do with it.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_LIMITS, type Comment } from '@shared/schemas/comments';
import type { Me } from '@shared/schemas/me';
import { apiData, api } from '../../api';
import { formatDateTime } from '../../dates';
import { useErrorText } from '../../errors/ErrorText';
import { useFocusOnMount } from '../../layout/useFocusOnMount';
import { CommentForm } from './CommentForm';
import { HideForm } from './HideForm';
import { htmlToText } from './format';

interface Props {
  comment: Comment;
  me: Me | null;
  commentable: boolean;
  replyToName?: string;
  onChanged: (comment: Comment) => void;
  onReply: (html: string, parentId: string) => Promise<void>;
  children?: ReactNode;
}

type Mode = 'idle' | 'reply' | 'edit' | 'delete' | 'report' | 'hide';

const isModerator = (me: Me | null) =>
  Boolean(me?.roles.some((r) => r.role === 'moderator' || r.role === 'admin'));

export function CommentItem({
  comment,
  me,
  commentable,
  replyToName,
  onChanged,
  onReply,
  children,
}: Props) {
  const { t, i18n } = useTranslation('comments');
  const errorText = useErrorText();
  const focusButton = useFocusOnMount<HTMLButtonElement>();
  const focusInput = useFocusOnMount<HTMLInputElement>();
  const id = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const [notice, setNotice] = useState('');
  const [reason, setReason] = useState('');
  // When the comment was first shown: the edit button goes by this, the server decides.
  const [shownAt] = useState(Date.now);
  const visible = comment.state === 'visible';
  const editable =
    comment.mine &&
    (visible || comment.state === 'pending') &&
    shownAt - new Date(comment.createdAt).getTime() < COMMENT_LIMITS.editWindowMs;
  const others = Boolean(me) && !comment.mine && visible;
  const name = comment.author.displayName;
  const official = comment.author.officialDetails;

  async function act(run: () => Promise<void>) {
    try {
      await run();
    } catch (e) {
      setNotice(
        errorText(
          e,
          mode === 'report' ? { overrides: { conflict: t('comment.alreadyReported') } } : {},
        ),
      );
    }
  }

  const toggleAgree = () =>
    act(async () => {
      const result = await apiData<{ agreeCount: number; agreedByMe: boolean }>(
        `/comments/${comment.id}/agree`,
        {
          method: comment.agreedByMe ? 'DELETE' : 'POST',
        },
      );
      onChanged({ ...comment, ...result });
    });

  async function report(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setNotice(t('form.empty'));
    await act(async () => {
      await api(`/comments/${comment.id}/report`, { method: 'POST', json: { reason } });
      setMode('idle');
      setNotice(t('comment.reported'));
    });
  }

  const remove = () =>
    act(async () => {
      await api(`/comments/${comment.id}`, { method: 'DELETE' });
      onChanged({
        ...comment,
        state: 'deleted',
        body: '',
        author: { ...comment.author, displayName: '' },
      });
      setMode('idle');
    });

  const restore = () =>
    act(async () => {
      onChanged(await apiData<Comment>(`/comments/${comment.id}/restore`, { method: 'POST' }));
    });

  return (
    <li className={`comment comment--depth-${comment.depth}`}>
      <article
        id={`kommentar-${comment.id}`}
        tabIndex={-1}
        className={`comment__card${comment.author.official ? ' comment__card--official' : ''}`}
        aria-labelledby={`${id}-who`}
      >
        <header className="comment__meta">
          <span id={`${id}-who`} className="comment__author">
            {name || t('comment.removed')}
          </span>
          {comment.author.official && (
            <span className="badge badge--official">
              {t('comment.official')}
              {official?.party ? ` (${official.party})` : ''}
            </span>
          )}
          {official && (official.position || official.bodyName) && (
            // Only what is known, joined: no stray comma or space when the position is missing.
            <span className="meta">
              {[official.position, official.bodyName].filter(Boolean).join(', ')}
            </span>
          )}
          <time className="meta" dateTime={comment.createdAt}>
            {formatDateTime(comment.createdAt, i18n.language, 'medium')}
          </time>
          {comment.editedAt && <span className="meta">({t('comment.edited')})</span>}
          {replyToName && (
            <span className="meta">{t('comment.replyTo', { name: replyToName })}</span>
          )}
        </header>
        {mode === 'edit' ? (
          <CommentForm
            label={t('form.editLabel')}
            submitLabel={t('form.save')}
            initialText={htmlToText(comment.body)}
            autoFocus
            onCancel={() => setMode('idle')}
            onSubmit={async (html) => {
              onChanged(
                await apiData<Comment>(`/comments/${comment.id}`, {
                  method: 'PATCH',
                  json: { body: html },
                }),
              );
              setMode('idle');
            }}
          />
        ) : comment.body ? (
          // The server cleaned this HTML with an allow-list (sanitize-html); raw input never
          // reaches the page.
          <div className="comment__body" dangerouslySetInnerHTML={{ __html: comment.body }} />
        ) : (
          <p className="comment__tombstone">
            {comment.state === 'hidden' && comment.moderation
              ? t('comment.hidden', { reason: comment.moderation.reason })
              : comment.state === 'flagged'
                ? t('comment.flagged')
                : t('comment.deleted')}
          </p>
        )}
        {comment.state === 'pending' && <p className="meta">{t('comment.pending')}</p>}
        <div className="comment__actions" role="group" aria-label={t('comment.actions')}>
          {(visible || comment.agreeCount > 0) && (
            <span className="meta">{t('comment.agreeCount', { count: comment.agreeCount })}</span>
          )}
          {others && (
            <button
              type="button"
              className="link-button"
              aria-pressed={comment.agreedByMe}
              onClick={() => void toggleAgree()}
            >
              {t('comment.agree')}
            </button>
          )}
          {me && commentable && visible && (
            <button
              type="button"
              className="link-button"
              aria-expanded={mode === 'reply'}
              onClick={() => setMode(mode === 'reply' ? 'idle' : 'reply')}
            >
              {t('comment.reply')}
            </button>
          )}
          {editable && mode !== 'edit' && (
            <button type="button" className="link-button" onClick={() => setMode('edit')}>
              {t('comment.edit')}
            </button>
          )}
          {comment.mine && comment.state !== 'deleted' && (
            <button type="button" className="link-button" onClick={() => setMode('delete')}>
              {t('comment.delete')}
            </button>
          )}
          {others && (
            <button
              type="button"
              className="link-button"
              aria-expanded={mode === 'report'}
              onClick={() => setMode(mode === 'report' ? 'idle' : 'report')}
            >
              {t('comment.report')}
            </button>
          )}
          {isModerator(me) && comment.state !== 'deleted' && comment.state !== 'hidden' && (
            <button type="button" className="link-button" onClick={() => setMode('hide')}>
              {t('moderation.hide')}
            </button>
          )}
          {isModerator(me) && (comment.state === 'hidden' || comment.state === 'flagged') && (
            <button type="button" className="link-button" onClick={() => void restore()}>
              {t('moderation.restore')}
            </button>
          )}
        </div>
        {notice && (
          <p className="meta" role="status">
            {notice}
          </p>
        )}
        {mode === 'delete' && (
          <div className="comment-inline-form">
            <p>{t('comment.confirmDelete')}</p>
            <button
              type="button"
              className="button button--danger"
              ref={focusButton}
              onClick={() => void remove()}
            >
              {t('comment.confirmYes')}
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setMode('idle')}
            >
              {t('form.cancel')}
            </button>
          </div>
        )}
        {mode === 'report' && (
          <form className="comment-inline-form" onSubmit={(e) => void report(e)} noValidate>
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('comment.reportReason')}</label>
              <input
                id={`${id}-reason`}
                value={reason}
                onChange={(e) => {
                  setReason(e.target.value);
                  setNotice('');
                }}
                maxLength={COMMENT_LIMITS.maxReasonLength}
                ref={focusInput}
              />
            </div>
            <button type="submit" className="button">
              {t('comment.reportSend')}
            </button>
          </form>
        )}
        {mode === 'hide' && (
          <HideForm
            commentId={comment.id}
            onCancel={() => setMode('idle')}
            onDone={(c) => {
              onChanged(c);
              setMode('idle');
            }}
          />
        )}
        {mode === 'reply' && (
          <CommentForm
            label={t('form.replyLabel', { name })}
            submitLabel={t('form.submitReply')}
            autoFocus
            onCancel={() => setMode('idle')}
            onSubmit={async (html) => {
              await onReply(html, comment.id);
              setMode('idle');
            }}
          />
        )}
      </article>
      {children}
    </li>
  );
}
