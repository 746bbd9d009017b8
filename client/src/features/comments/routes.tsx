// Client routes of the comments feature: the official inbox, the moderator queue and the public
// moderation log, each its own chunk. (The thread itself is CommentThread, rendered by the pages
// of its subjects.)
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const InboxPage = lazyPage(() => import('./InboxPage'), 'InboxPage');
const QueuePage = lazyPage(() => import('./QueuePage'), 'QueuePage');
const LogPage = lazyPage(() => import('./LogPage'), 'LogPage');

export const commentsRoutes: RouteObject[] = [
  { path: 'kommentarer/inkorg', element: <InboxPage /> },
  { path: 'kommentarer/moderering', element: <QueuePage /> },
  { path: 'kommentarer/modereringslogg', element: <LogPage /> },
];
