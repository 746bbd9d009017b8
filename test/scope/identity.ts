// Identity and the audit log in the body-scope table: one's own data, the ways to log in, and the
// platform administrator's tools. A grant of admin for one body is no platform administrator.
import { signedInUser } from '../helpers/factories';
import type { ScopeTable } from './table';

export const identityScope: ScopeTable = {
  'GET /api/v1/auth/idps': { open: 'anyone' },
  'POST /auth/logout': { open: 'own', why: 'ends the caller’s own session' },
  'GET /api/v1/me': { open: 'own' },
  'PATCH /api/v1/me': { open: 'own' },
  'GET /api/v1/me/export': { open: 'own' },
  'DELETE /api/v1/me': { open: 'own' },
  'GET /api/v1/audit/checkpoints': { open: 'anyone', why: 'published for third parties' },
  'GET /api/v1/admin/users': { refuse: () => ({}) },
  'GET /api/v1/admin/audit': { refuse: () => ({}) },
  'GET /api/v1/admin/audit.csv': { refuse: () => ({}) },
  'GET /api/v1/admin/users/:id': {
    refuse: async (fx) => ({ params: { id: (await signedInUser(fx.app)).id } }),
  },
  'POST /api/v1/admin/users/:id/roles': {
    refuse: async (fx) => {
      const person = await signedInUser(fx.app);
      return { params: { id: person.id }, body: { role: 'official', bodyId: fx.homeBodyId } };
    },
  },
  'DELETE /api/v1/admin/users/:id/roles/:role': {
    refuse: async (fx) => {
      const person = await signedInUser(fx.app, {
        roles: ['citizen', { role: 'official', bodyId: fx.homeBodyId }],
      });
      return { params: { id: person.id, role: 'official' }, query: { bodyId: fx.homeBodyId } };
    },
  },
};
