// The comment thread under a document, agenda item or proposal: nested comments (three levels),
// sorting, "show more", the writing form, and live updates announced politely to screen readers
// without moving focus.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Comment, ThreadSort, ThreadSubjectType } from '@shared/schemas/comments';
import { useQueryClient } from '@tanstack/react-query';
import { apiData } from '../../api';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { useThread } from './useThread';
import './comments.css';

const pathOf = (type: ThreadSubjectType) => (type === 'agendaItem' ? 'agenda-items' : `${type}s`);

/** Pages read at most while looking for the comment a link opens at. */
const MAX_PAGES_TO_FIND = 10;

/**
 * A link with `?kommentar=<id>` (the official's inbox) opens the thread at that comment: the pages
 * are read until it is there, then it is scrolled into view and focused, once.
 */
function useOpenAtComment(thread: ReturnType<typeof useThread>, commentId: string | null) {
  const done = useRef<string | null>(null);
  const pagesRead = useRef(0);
  const requested = useRef<string | null>(null);
  const found = commentId ? thread.comments.some((c) => c.id === commentId) : false;
  const { status, nextCursor, loadMore } = thread;
  useEffect(() => {
    if (!commentId || done.current === commentId || status !== 'ready') return;
    if (found) {
      done.current = commentId;
      const element = document.getElementById(`kommentar-${commentId}`);
      element?.scrollIntoView({ block: 'center' });
      element?.focus({ preventScroll: true });
      return;
    }
    if (nextCursor && requested.current !== nextCursor && pagesRead.current < MAX_PAGES_TO_FIND) {
      requested.current = nextCursor;
      pagesRead.current += 1;
      loadMore();
    }
  }, [commentId, found, status, nextCursor, loadMore]);
}

export function CommentThread({
  subjectType,
  subjectId,
}: {
  subjectType: ThreadSubjectType;
  subjectId: string;
}) {
  const { t } = useTranslation('comments');
  const { me } = useSession();
  const location = useLocation();
  const [sort, setSort] = useState<ThreadSort>('oldest');
  const [notice, setNotice] = useState('');
  const client = useQueryClient();
  const thread = useThread(subjectType, subjectId, sort);
  const headingId = `comments-${subjectType}-${subjectId}`;
  useOpenAtComment(thread, new URLSearchParams(location.search).get('kommentar'));

  const post = async (html: string, parentId?: string) => {
    const comment = await apiData<Comment>(`/${pathOf(subjectType)}/${subjectId}/comments`, {
      method: 'POST',
      json: { body: html, ...(parentId ? { parentId } : {}) },
    });
    thread.upsert(comment);
    // An official's answer leaves their inbox; a held comment joins the moderators' queue.
    void client.invalidateQueries({ queryKey: queryKeys.comments.all, type: 'inactive' });
    setNotice(comment.state === 'pending' ? t('form.sentPending') : t('form.sent'));
  };

  const children = new Map<string | null, Comment[]>();
  for (const c of thread.comments) {
    const key = c.parentId ?? null;
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  const byId = new Map(thread.comments.map((c) => [c.id, c]));

  const renderList = (parentId: string | null, depth: number) => {
    const list = children.get(parentId);
    if (!list?.length) return null;
    return (
      <ol className={depth === 0 ? 'comment-list' : 'comment-list comment-list--replies'}>
        {list.map((c) => (
          <CommentItem
            key={c.id}
            comment={c}
            me={me}
            commentable={thread.commentable}
            replyToName={
              c.replyToId && c.replyToId !== c.parentId
                ? byId.get(c.replyToId)?.author.displayName
                : undefined
            }
            onChanged={thread.upsert}
            onReply={(html, parent) => post(html, parent)}
          >
            {renderList(c.id, depth + 1)}
          </CommentItem>
        ))}
      </ol>
    );
  };

  return (
    <section className="comment-thread" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('thread.title')}{' '}
        <span className="meta">({t('thread.count', { count: thread.total })})</span>
      </h2>
      {/* Others' new comments are announced here; focus stays where the reader is. */}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {thread.announcement}
      </div>
      <div className="comment-thread__tools">
        <label htmlFor={`${headingId}-sort`}>{t('thread.sort')}</label>
        <select
          id={`${headingId}-sort`}
          value={sort}
          onChange={(e) => setSort(e.target.value as ThreadSort)}
        >
          <option value="oldest">{t('thread.sortOldest')}</option>
          <option value="newest">{t('thread.sortNewest')}</option>
          <option value="agreed">{t('thread.sortAgreed')}</option>
        </select>
      </div>
      {thread.status === 'loading' && <p>{t('thread.loading')}</p>}
      {thread.status === 'error' && <p className="error-text">{t('thread.loadError')}</p>}
      {thread.status === 'ready' && thread.comments.length === 0 && <p>{t('thread.empty')}</p>}
      {renderList(null, 0)}
      {thread.nextCursor && (
        <button type="button" className="button button--secondary" onClick={thread.loadMore}>
          {t('thread.more')}
        </button>
      )}
      {thread.status === 'ready' && !thread.commentable && <p>{t('thread.closed')}</p>}
      {thread.status === 'ready' && thread.commentable && !me && (
        <p>
          <Link to={`/logga-in?returnTo=${encodeURIComponent(location.pathname)}`}>
            {t('thread.loginToComment')}
          </Link>
        </p>
      )}
      {thread.status === 'ready' && thread.commentable && me && (
        <>
          {thread.premoderation && <p className="meta">{t('thread.premoderation')}</p>}
          <CommentForm
            label={t('form.label')}
            submitLabel={t('form.submit')}
            onSubmit={(html) => post(html)}
          />
          {notice && (
            <p className="success-text" role="status">
              {notice}
            </p>
          )}
        </>
      )}
      <ul className="comment-thread__links">
        {me?.roles.some((r) => r.role === 'official') && (
          <li>
            <Link to="/kommentarer/inkorg">{t('links.inbox')}</Link>
          </li>
        )}
        {me?.roles.some((r) => r.role === 'moderator' || r.role === 'admin') && (
          <li>
            <Link to="/kommentarer/moderering">{t('links.queue')}</Link>
          </li>
        )}
        <li>
          <Link to="/kommentarer/modereringslogg">{t('links.log')}</Link>
        </li>
      </ul>
    </section>
  );
}
