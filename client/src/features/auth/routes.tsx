// Client routes of the auth feature: login, my pages, role administration.
import type { RouteObject } from 'react-router';
import { LoginPage } from './LoginPage';
import { MyPage } from './MyPage';
import { AdminUsersPage } from './AdminUsersPage';
import { AuditLogPage } from './AuditLogPage';

export const authRoutes: RouteObject[] = [
  { path: 'logga-in', element: <LoginPage /> },
  { path: 'mina-sidor', element: <MyPage /> },
  { path: 'admin/anvandare', element: <AdminUsersPage /> },
  { path: 'admin/logg', element: <AuditLogPage /> },
];
