// Client routes of the live feature: the list, a session's public page, and the moderator
// console, the official's view, and the large-screen view outside the site's frame (each its own
// chunk).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';
import { BareFrame } from './BareFrame';

const ListPage = lazyPage(() => import('./ListPage'), 'ListPage');
const LivePage = lazyPage(() => import('./LivePage'), 'LivePage');
const ModeratorPage = lazyPage(() => import('./ModeratorPage'), 'ModeratorPage');
const OfficialPage = lazyPage(() => import('./OfficialPage'), 'OfficialPage');
const ProjectorPage = lazyPage(() => import('./ProjectorPage'), 'ProjectorPage');

export const liveRoutes: RouteObject[] = [
  { path: 'direkt', element: <ListPage /> },
  { path: 'direkt/:id', element: <LivePage /> },
  { path: 'direkt/:id/moderera', element: <ModeratorPage /> },
  { path: 'direkt/:id/svara', element: <OfficialPage /> },
];

/** Views outside the site's frame: the big screen in the meeting room. */
export const liveBareRoutes: RouteObject[] = [
  {
    element: <BareFrame />,
    children: [{ path: 'direkt/:id/storbild', element: <ProjectorPage /> }],
  },
];
