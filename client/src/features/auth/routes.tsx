// Client routes of the auth feature: login, my pages, role administration (the admin pages are
// their own chunks).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const LoginPage = lazyPage(() => import('./LoginPage'), 'LoginPage');
const MyPage = lazyPage(() => import('./MyPage'), 'MyPage');
const AdminUsersPage = lazyPage(() => import('./AdminUsersPage'), 'AdminUsersPage');
const AdminUserPage = lazyPage(() => import('./AdminUserPage'), 'AdminUserPage');
const AuditLogPage = lazyPage(() => import('./AuditLogPage'), 'AuditLogPage');

export const authRoutes: RouteObject[] = [
  { path: 'logga-in', element: <LoginPage /> },
  { path: 'mina-sidor', element: <MyPage /> },
  { path: 'admin/anvandare', element: <AdminUsersPage /> },
  { path: 'admin/anvandare/:id', element: <AdminUserPage /> },
  { path: 'admin/logg', element: <AuditLogPage /> },
];
