// Client routes of notifications.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const NotificationsPage = lazyPage(() => import('./NotificationsPage'), 'NotificationsPage');
const ConfirmEmailPage = lazyPage(() => import('./ConfirmEmailPage'), 'ConfirmEmailPage');

export const notificationsRoutes: RouteObject[] = [
  { path: 'aviseringar', element: <NotificationsPage /> },
  { path: 'bekrafta-epost', element: <ConfirmEmailPage /> },
];
