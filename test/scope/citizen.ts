// The citizen's additions in the body-scope table: one meeting's calendar file, the registry's
// contact details and a request to see a document (anyone may ask, also anonymously).
import type { ScopeTable } from './table';

export const citizenScope: ScopeTable = {
  'GET /feeds/meetings/:id.ics': { open: 'anyone' },
  'GET /api/v1/registry': { open: 'anyone' },
  'POST /api/v1/documents/:id/requests': {
    open: 'anyone',
    why: 'anyone may ask to see a document (the right to remain anonymous)',
  },
};
