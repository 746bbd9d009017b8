// Client routes of the comments feature: the official inbox, the moderator queue and the public
// moderation log. (The thread itself is CommentThread, rendered by the pages of its subjects.)
import type { RouteObject } from 'react-router';
import { InboxPage } from './InboxPage';
import { LogPage } from './LogPage';
import { QueuePage } from './QueuePage';

export const commentsRoutes: RouteObject[] = [
  { path: 'kommentarer/inkorg', element: <InboxPage /> },
  { path: 'kommentarer/moderering', element: <QueuePage /> },
  { path: 'kommentarer/modereringslogg', element: <LogPage /> },
];
