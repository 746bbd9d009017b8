// Personal notifications in the body-scope table: each route acts on the caller's own
// notifications, settings and follows only; no body is involved.
import type { ScopeTable } from './table';

export const notificationsScope: ScopeTable = {
  'GET /api/v1/notifications': { open: 'own' },
  'POST /api/v1/notifications/read': { open: 'own' },
  'GET /api/v1/notification-settings': { open: 'own' },
  'PUT /api/v1/notification-settings': { open: 'own' },
  'POST /api/v1/notification-settings/confirm': { open: 'own' },
  'GET /api/v1/follows': { open: 'own' },
  'GET /api/v1/meetings/:id/follow': { open: 'own' },
  'POST /api/v1/meetings/:id/follow': { open: 'signed-in', why: 'anyone follows a public meeting' },
  'DELETE /api/v1/meetings/:id/follow': { open: 'own' },
  'GET /api/v1/bodies/:id/follow': { open: 'own' },
  'POST /api/v1/bodies/:id/follow': { open: 'signed-in', why: 'anyone follows a body' },
  'DELETE /api/v1/bodies/:id/follow': { open: 'own' },
  'GET /api/v1/documents/:id/follow': { open: 'own' },
  'POST /api/v1/documents/:id/follow': { open: 'signed-in', why: 'anyone follows a document' },
  'DELETE /api/v1/documents/:id/follow': { open: 'own' },
};
