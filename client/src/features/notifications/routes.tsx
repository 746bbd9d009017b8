// Client routes of notifications.
import type { RouteObject } from 'react-router';
import { NotificationsPage } from './NotificationsPage';
import { ConfirmEmailPage } from './ConfirmEmailPage';

export const notificationsRoutes: RouteObject[] = [
  { path: 'aviseringar', element: <NotificationsPage /> },
  { path: 'bekrafta-epost', element: <ConfirmEmailPage /> },
];
