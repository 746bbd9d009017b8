// All client routes: the layout around the pages of every feature. Each page is its own chunk
// (lazyPage), loaded when first shown.
import type { RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { lazyPage } from './lazyPage';
import { authRoutes } from './features/auth/routes';
import { recordsRoutes } from './features/records/routes';
import { archiveRoutes } from './features/archive/routes';
import { proposalsRoutes } from './features/proposals/routes';
import { commentsRoutes } from './features/comments/routes';
import { liveBareRoutes, liveRoutes } from './features/live/routes';
import { workRoutes } from './features/work/routes';
import { municipalityRoutes } from './features/municipality/routes';
import { citizenRoutes } from './features/citizen/routes';
import { readingRoutes } from './features/reading/routes';
import { councilRoutes } from './features/council/routes';

const Home = lazyPage(() => import('./pages/Home'), 'Home');
const Accessibility = lazyPage(() => import('./pages/Accessibility'), 'Accessibility');
const NotFound = lazyPage(() => import('./pages/NotFound'), 'NotFound');

export const routes: RouteObject[] = [
  ...liveBareRoutes,
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'tillganglighet', element: <Accessibility /> },
      ...authRoutes,
      ...recordsRoutes,
      ...archiveRoutes,
      ...proposalsRoutes,
      ...commentsRoutes,
      ...liveRoutes,
      ...workRoutes,
      ...municipalityRoutes,
      ...citizenRoutes,
      ...readingRoutes,
      ...councilRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];
