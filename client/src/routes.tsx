// All client routes: the layout around the pages of every feature.
import type { RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { Home } from './pages/Home';
import { Accessibility } from './pages/Accessibility';
import { NotFound } from './pages/NotFound';
import { authRoutes } from './features/auth/routes';
import { recordsRoutes } from './features/records/routes';
import { archiveRoutes } from './features/archive/routes';
import { proposalsRoutes } from './features/proposals/routes';
import { commentsRoutes } from './features/comments/routes';
import { liveRoutes } from './features/live/routes';

export const routes: RouteObject[] = [
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
      { path: '*', element: <NotFound /> },
    ],
  },
];
