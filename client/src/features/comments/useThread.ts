// A thread's state in the browser: pages loaded from the API (an infinite query, "show more"),
// merged with live `thread:comment` events from the thread's room, and what a screen reader should
// hear about changes others made.
import { useState } from 'react';
import {
  useInfiniteQuery,
  useQueryClient,
  type InfiniteData,
  type QueryKey,
} from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Comment, ThreadPage, ThreadSort, ThreadSubjectType } from '@shared/schemas/comments';
import { api } from '../../api';
import { queryKeys } from '../../query/keys';
import { useRoom, useRoomEvent } from '../../realtime/useRoom';
import { useSession } from '../../session';

export interface ThreadState {
  comments: Comment[];
  total: number;
  nextCursor: string | null;
  premoderation: boolean;
  commentable: boolean;
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  announcement: string;
  loadMore: () => void;
  /** Put a comment the caller wrote or changed into the list (keeps the caller's view of it). */
  upsert: (comment: Comment) => void;
}

type Pages = InfiniteData<ThreadPage, string>;

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

/** All loaded comments in order, each once (a later page may repeat an earlier one). */
function flatten(pages: Pages | undefined): Comment[] {
  const [first, ...more] = pages?.pages ?? [];
  return more.reduce<Comment[]>(
    (list, page) => page.data.reduce((all, c) => merge(all, c, 'oldest', true), list),
    first?.data ?? [],
  );
}

/**
 * The loaded pages with a comment merged in: it replaces its older self wherever it is; a new one
 * joins the first page (newest first) or the last (otherwise), and counts in the total.
 */
function mergeIntoPages(
  pages: Pages,
  incoming: Comment,
  sort: ThreadSort,
  authoritative: boolean,
): Pages {
  const known = pages.pages.some((page) => page.data.some((c) => c.id === incoming.id));
  if (known) {
    return {
      ...pages,
      pages: pages.pages.map((page) =>
        page.data.some((c) => c.id === incoming.id)
          ? { ...page, data: merge(page.data, incoming, sort, authoritative) }
          : page,
      ),
    };
  }
  const all = flatten(pages);
  if (merge(all, incoming, sort) === all) return pages;
  const into = !incoming.parentId && sort === 'newest' ? 0 : pages.pages.length - 1;
  const counts = incoming.state === 'visible' ? 1 : 0;
  return {
    ...pages,
    pages: pages.pages.map((page, i) => ({
      ...page,
      data: i === into ? merge(page.data, incoming, sort, authoritative) : page.data,
      total: i === 0 ? page.total + counts : page.total,
    })),
  };
}

export function useThread(
  subjectType: ThreadSubjectType,
  subjectId: string,
  sort: ThreadSort,
): ThreadState {
  const { t } = useTranslation('comments');
  const client = useQueryClient();
  const { me } = useSession();
  const [announcement, setAnnouncement] = useState('');
  const key: QueryKey = queryKeys.comments.thread(subjectType, subjectId, sort);
  const base = `/${subjectType === 'agendaItem' ? 'agenda-items' : `${subjectType}s`}/${subjectId}/comments`;

  const thread = useInfiniteQuery<ThreadPage, Error, Pages, QueryKey, string>({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ sort });
      if (pageParam) query.set('cursor', pageParam);
      return api<ThreadPage>(`${base}?${query.toString()}`, { signal });
    },
    // The first page has no cursor.
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const put = (comment: Comment, authoritative: boolean) =>
    client.setQueryData<Pages>(key, (pages) =>
      pages ? mergeIntoPages(pages, comment, sort, authoritative) : pages,
    );

  const changed = useRoomEvent('thread:comment', {
    belongs: (c) => c.subjectType === subjectType && c.subjectId === subjectId,
    // Each comment carries its whole state: comments keep their own order.
    scope: (c) => c.id,
    apply: (comment) => {
      const isNew = !flatten(client.getQueryData<Pages>(key)).some((c) => c.id === comment.id);
      put(comment, false);
      if (isNew && comment.state === 'visible') {
        const name = comment.author.displayName;
        // The writer's own comment often arrives here before the answer to their request; the
        // form announces that one itself.
        if (name === me?.displayName) return;
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
    },
  });
  const room = { subjectType, subjectId };
  useRoom({
    key: `thread:${subjectType}:${subjectId}`,
    join: { event: 'thread:join', payload: room },
    leave: { event: 'thread:leave', payload: room },
    events: [changed],
    onJoined: (_ack, { missed }) => {
      // Back after a gap in the sequence: reload rather than guess.
      if (missed) {
        void client.invalidateQueries({
          queryKey: queryKeys.comments.threadOf(subjectType, subjectId),
        });
      }
    },
  });

  const first = thread.data?.pages[0];
  const last = thread.data?.pages.at(-1);
  return {
    comments: flatten(thread.data),
    total: first?.total ?? 0,
    nextCursor: last?.nextCursor ?? null,
    premoderation: first?.premoderation ?? false,
    commentable: first?.commentable ?? false,
    status: thread.isPending ? 'loading' : thread.isError ? 'error' : 'ready',
    error: thread.error,
    announcement,
    loadMore: () => void thread.fetchNextPage(),
    upsert: (comment) => put(comment, true),
  };
}
