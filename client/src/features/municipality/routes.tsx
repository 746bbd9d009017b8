// Client routes of the municipality's profile: the administrator's page (its own chunk).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const AdminMunicipalityPage = lazyPage(
  () => import('./AdminMunicipalityPage'),
  'AdminMunicipalityPage',
);

export const municipalityRoutes: RouteObject[] = [
  { path: 'admin/kommun', element: <AdminMunicipalityPage /> },
];
