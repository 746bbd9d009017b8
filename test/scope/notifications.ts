// Personal notifications in the body-scope table: each route acts on the caller's own
// notifications and settings only; no body is involved.
import type { ScopeTable } from './table';

export const notificationsScope: ScopeTable = {
  'GET /api/v1/notifications': { open: 'own' },
  'POST /api/v1/notifications/read': { open: 'own' },
  'GET /api/v1/notification-settings': { open: 'own' },
  'PUT /api/v1/notification-settings': { open: 'own' },
  'POST /api/v1/notification-settings/confirm': { open: 'own' },
};
