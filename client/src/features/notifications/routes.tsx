// Client routes of notifications.
import type { RouteObject } from 'react-router';
import { NotificationsPage } from './NotificationsPage';

export const notificationsRoutes: RouteObject[] = [
  { path: 'aviseringar', element: <NotificationsPage /> },
];
