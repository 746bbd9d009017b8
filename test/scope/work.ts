// "Mitt arbete" in the body-scope table: one's own work only. That a grant for one body counts
// that body's things only is asserted in server/features/work/work.test.ts.
import type { ScopeTable } from './table';

export const workScope: ScopeTable = {
  'GET /api/v1/me/work': {
    open: 'own',
    why: 'the caller’s own queues, counted within their grants',
  },
  'GET /api/v1/me/work/meetings': {
    open: 'own',
    why: 'the coming meetings of the bodies the caller sits on',
  },
};
