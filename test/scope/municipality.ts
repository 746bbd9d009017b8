// The municipality's profile in the body-scope table: everyone reads it; only an administrator of
// the whole platform sets it (an admin grant scoped to a body is refused).
import type { ScopeTable } from './table';

export const municipalityScope: ScopeTable = {
  'GET /api/v1/municipality': { open: 'anyone', why: 'every page shows the name and colour' },
  'GET /api/v1/municipality/logo': { open: 'anyone', why: 'the logo in the header' },
  'PUT /api/v1/municipality': {
    refuse: () => ({
      body: { name: 'Annan kommun', primaryColor: '#003b56', registry: {} },
    }),
  },
};
