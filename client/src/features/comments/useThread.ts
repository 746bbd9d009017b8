// A thread's state in the browser: pages loaded from the API, merged with live thread:comment
// events, and what a screen reader should hear about changes others made.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, ThreadPage, ThreadSort, ThreadSubjectType } from '@shared/schemas/comments';
import { api } from '../../api';
import { useSession } from '../../session';
import { appSocket } from './socket';

export interface ThreadState {
  comments: Comment[];
  total: number;
  nextCursor: string | null;
  premoderation: boolean;
  commentable: boolean;
  status: 'loading' | 'ready' | 'error';
  announcement: string;
  loadMore: () => Promise<void>;
  /** Put a comment the caller wrote or changed into the list (keeps the caller's view of it). */
  upsert: (comment: Comment) => void;
}

/**
 * Puts a comment into the list. A broadcast is impersonal (mine/agreedByMe are false in it), so
 * it keeps what the caller already knows of its own relation; the caller's own answers
 * (`authoritative`) replace the comment as they are.
 */
function merge(
  list: Comment[],
  incoming: Comment,
  sort: ThreadSort,
  authoritative = false,
): Comment[] {
  const index = list.findIndex((c) => c.id === incoming.id);
  if (index >= 0) {
    const old = list[index]!;
    const merged = authoritative
      ? incoming
      : {
          ...incoming,
          mine: old.mine,
          agreedByMe: old.agreedByMe,
          // The author of a held comment sees its text; a broadcast of it carries none.
          body: incoming.body || (incoming.state === old.state ? old.body : ''),
        };
    return list.map((c, i) => (i === index ? merged : c));
  }
  if (incoming.parentId && !list.some((c) => c.id === incoming.parentId)) return list;
  if (!incoming.parentId && sort === 'newest') return [incoming, ...list];
  return [...list, incoming];
}

function fetchPage(base: string, sort: ThreadSort, cursor?: string): Promise<ThreadPage> {
  const query = new URLSearchParams({ sort });
  if (cursor) query.set('cursor', cursor);
  return api<ThreadPage>(`${base}?${query.toString()}`);
}

export function useThread(
  subjectType: ThreadSubjectType,
  subjectId: string,
  sort: ThreadSort,
): ThreadState {
  const { t } = useTranslation('comments');
  const [page, setPage] = useState<Omit<ThreadPage, 'data'> | null>(null);
  const [comments, setComments] = useState<Comment[]>([]);
  const key = `${subjectType}:${subjectId}:${sort}`;
  // The status belongs to one thread and order; another key is loading until its answer comes.
  const [loaded, setLoaded] = useState<{ key: string; status: ThreadState['status'] }>();
  const status = loaded?.key === key ? loaded.status : 'loading';
  const [announcement, setAnnouncement] = useState('');
  const sortRef = useRef(sort);
  const commentsRef = useRef<Comment[]>([]);
  const { me } = useSession();
  const myNameRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    sortRef.current = sort;
    commentsRef.current = comments;
    myNameRef.current = me?.displayName;
  });
  const base = `/${subjectType === 'agendaItem' ? 'agenda-items' : `${subjectType}s`}/${subjectId}/comments`;

  const apply = useCallback((result: ThreadPage, appended: boolean) => {
    setComments((old) =>
      appended ? result.data.reduce((list, c) => merge(list, c, 'oldest'), old) : result.data,
    );
    setPage({
      total: result.total,
      nextCursor: result.nextCursor,
      premoderation: result.premoderation,
      commentable: result.commentable,
    });
  }, []);

  const load = useCallback(
    async (cursor?: string) => apply(await fetchPage(base, sort, cursor), Boolean(cursor)),
    [apply, base, sort],
  );

  useEffect(() => {
    let cancelled = false;
    fetchPage(base, sort)
      .then((result) => {
        if (cancelled) return;
        apply(result, false);
        setLoaded({ key, status: 'ready' });
      })
      .catch(() => !cancelled && setLoaded({ key, status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [apply, base, sort, key]);

  useEffect(() => {
    const socket = appSocket();
    const room = { subjectType, subjectId };
    let lastSeq = 0;
    const join = () => {
      socket.emit('thread:join', room, (ack) => {
        // After a reconnect with a gap in the sequence, reload rather than guess.
        if (ack.ok && lastSeq > 0 && ack.data.seq > lastSeq) void load();
        if (ack.ok) lastSeq = Math.max(lastSeq, ack.data.seq);
      });
    };
    const onComment = (comment: Comment) => {
      if (comment.subjectType !== subjectType || comment.subjectId !== subjectId) return;
      lastSeq = Math.max(lastSeq, comment.seq);
      const isNew = !commentsRef.current.some((c) => c.id === comment.id);
      commentsRef.current = merge(commentsRef.current, comment, sortRef.current);
      setComments((list) => merge(list, comment, sortRef.current));
      if (isNew && comment.state === 'visible') {
        setPage((p) => (p ? { ...p, total: p.total + 1 } : p));
        const name = comment.author.displayName;
        // The writer's own comment often arrives here before the answer to their request; the
        // form announces that one itself.
        if (name === myNameRef.current) return;
        setAnnouncement(
          comment.author.official
            ? t('thread.liveNewOfficial', { name })
            : t('thread.liveNew', { name }),
        );
      } else if (comment.state === 'hidden' || comment.state === 'flagged') {
        setAnnouncement(t('thread.liveHidden'));
      } else if (comment.editedAt) {
        setAnnouncement(t('thread.liveChanged'));
      }
    };
    socket.on('thread:comment', onComment);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('thread:comment', onComment);
      socket.off('connect', join);
      socket.emit('thread:leave', room, () => {});
    };
  }, [subjectType, subjectId, load, t]);

  const upsert = useCallback((comment: Comment) => {
    const isNew = !commentsRef.current.some((c) => c.id === comment.id);
    commentsRef.current = merge(commentsRef.current, comment, sortRef.current, true);
    if (isNew && comment.state === 'visible') {
      setPage((p) => (p ? { ...p, total: p.total + 1 } : p));
    }
    setComments((list) => merge(list, comment, sortRef.current, true));
  }, []);

  return {
    comments,
    total: page?.total ?? 0,
    nextCursor: page?.nextCursor ?? null,
    premoderation: page?.premoderation ?? false,
    commentable: page?.commentable ?? false,
    status,
    announcement,
    loadMore: async () => {
      if (page?.nextCursor) await load(page.nextCursor);
    },
    upsert,
  };
}
