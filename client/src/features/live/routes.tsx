// Client routes of the live feature: the list, a session's public page, the moderator console,
// the official's view and the large-screen view.
import type { RouteObject } from 'react-router';
import { ListPage } from './ListPage';
import { LivePage } from './LivePage';
import { ModeratorPage } from './ModeratorPage';
import { OfficialPage } from './OfficialPage';
import { ProjectorPage } from './ProjectorPage';

export const liveRoutes: RouteObject[] = [
  { path: 'direkt', element: <ListPage /> },
  { path: 'direkt/:id', element: <LivePage /> },
  { path: 'direkt/:id/moderera', element: <ModeratorPage /> },
  { path: 'direkt/:id/svara', element: <OfficialPage /> },
  { path: 'direkt/:id/storbild', element: <ProjectorPage /> },
];
