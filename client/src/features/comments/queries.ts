// Server state of the comments feature's staff pages: the official inbox, the moderation queue and
// log, and the moderation settings.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InboxThread, ModerationLogEntry, QueueItem } from '@shared/schemas/comments';
import { api, apiData } from '../../api';
import { queryKeys } from '../../query/keys';

export function useInbox() {
  return useQuery({
    queryKey: queryKeys.comments.inbox,
    queryFn: ({ signal }) => apiData<InboxThread[]>('/comments/inbox', { signal }),
  });
}

export function useModerationQueue() {
  return useQuery({
    queryKey: queryKeys.comments.queue,
    queryFn: ({ signal }) => apiData<QueueItem[]>('/comments/moderation-queue', { signal }),
  });
}

export function useModerationLog(page: number, pageSize: number) {
  return useQuery({
    queryKey: queryKeys.comments.log(page),
    queryFn: ({ signal }) =>
      api<{ data: ModerationLogEntry[]; total: number }>(
        `/comments/moderation-log?page=${page}&pageSize=${pageSize}`,
        { signal },
      ),
    // Paging keeps the rows in view until the next page has come.
    placeholderData: keepPreviousData,
  });
}
