// Server state of the records feature that pages share: meetings, documents, the notice board.
import { useQuery } from '@tanstack/react-query';
import type { DocumentView } from '@shared/schemas/documents';
import type { MeetingView } from '@shared/schemas/meetings';
import type { NoticeView } from '@shared/schemas/noticeboard';
import { api, apiData } from '../../api';
import { queryKeys } from '../../query/keys';

export interface Page<T> {
  data: T[];
  total: number;
}

/** Meetings for a query string (`when=upcoming&pageSize=5`, …), with the total for paging. */
export function useMeetings(query: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.meetings.list(query),
    queryFn: ({ signal }) => api<Page<MeetingView>>(`/meetings?${query}`, { signal }),
    enabled,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: queryKeys.meetings.detail(id),
    queryFn: ({ signal }) => apiData<MeetingView>(`/meetings/${id}`, { signal }),
  });
}

export function useDocuments(query: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.documents.list(query),
    queryFn: ({ signal }) => apiData<DocumentView[]>(`/documents?${query}`, { signal }),
    enabled,
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: queryKeys.documents.detail(id),
    queryFn: ({ signal }) => apiData<DocumentView>(`/documents/${id}`, { signal }),
  });
}

/** A public document's text (typed, or extracted from its PDF). */
export function useDocumentText(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.documents.text(id),
    queryFn: ({ signal }) => apiData<{ text: string }>(`/documents/${id}/text`, { signal }),
    enabled,
  });
}

export function useNoticeBoard(status: 'current' | 'archived', enabled = true) {
  const query = status === 'archived' ? 'status=archived&pageSize=100' : 'pageSize=100';
  return useQuery({
    queryKey: queryKeys.noticeBoard.list(status),
    queryFn: ({ signal }) => apiData<NoticeView[]>(`/notice-board?${query}`, { signal }),
    enabled,
  });
}
