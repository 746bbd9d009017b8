// Query keys of every server resource the client caches, in one place. A key starts with its
// resource, so `invalidateQueries({ queryKey: queryKeys.meetings.all })` refreshes every list and
// page of that resource after a change. Filters are part of the key (one cache entry per filter).
import type { ThreadSort, ThreadSubjectType } from '@shared/schemas/comments';

export const queryKeys = {
  me: ['me'] as const,
  /** The municipality's profile (name, logo, colour, registry): every page's header and footer. */
  municipality: ['municipality'] as const,
  /** The registry's contact beside a confidential document (the profile's, else REGISTRY_*). */
  registry: ['registry'] as const,
  /** The bodies (nämnder): one shared list for every select and name lookup. */
  bodies: ['bodies'] as const,
  idps: (language: string) => ['idps', language] as const,
  meetings: {
    all: ['meetings'] as const,
    list: (query: string) => ['meetings', 'list', query] as const,
    detail: (id: string) => ['meetings', 'detail', id] as const,
  },
  documents: {
    all: ['documents'] as const,
    list: (query: string) => ['documents', 'list', query] as const,
    detail: (id: string) => ['documents', 'detail', id] as const,
    text: (id: string) => ['documents', 'text', id] as const,
  },
  noticeBoard: {
    all: ['notice-board'] as const,
    list: (status: 'current' | 'archived') => ['notice-board', status] as const,
  },
  search: (query: string) => ['search', query] as const,
  proposals: {
    all: ['proposals'] as const,
    list: (query: string) => ['proposals', 'list', query] as const,
    detail: (id: string) => ['proposals', 'detail', id] as const,
    mine: ['proposals', 'mine'] as const,
    reviewQueue: ['proposals', 'review-queue'] as const,
    rules: ['proposals', 'rules'] as const,
  },
  notifications: {
    all: ['notifications'] as const,
    list: ['notifications', 'list'] as const,
    settings: ['notifications', 'settings'] as const,
  },
  comments: {
    all: ['comments'] as const,
    thread: (subjectType: ThreadSubjectType, subjectId: string, sort: ThreadSort) =>
      ['comments', 'thread', subjectType, subjectId, sort] as const,
    threadOf: (subjectType: ThreadSubjectType, subjectId: string) =>
      ['comments', 'thread', subjectType, subjectId] as const,
    inbox: ['comments', 'inbox'] as const,
    queue: ['comments', 'queue'] as const,
    log: (page: number) => ['comments', 'log', page] as const,
    settings: ['comments', 'settings'] as const,
    bodySettings: ['comments', 'body-settings'] as const,
  },
  /** A council vote read on its own (a past vote's names, which the sitting's state leaves out). */
  votes: {
    detail: (id: string) => ['votes', 'detail', id] as const,
  },
  live: {
    all: ['live'] as const,
    list: (query: string) => ['live', 'list', query] as const,
  },
  admin: {
    allUsers: ['admin', 'users'] as const,
    users: (search: string) => ['admin', 'users', search] as const,
    audit: (query: string) => ['admin', 'audit', query] as const,
  },
};
