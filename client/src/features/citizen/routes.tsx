// Client routes of the citizen's pages: the open data page and the readable data export.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const OpenDataPage = lazyPage(() => import('./OpenDataPage'), 'OpenDataPage');
const MyDataPage = lazyPage(() => import('./MyDataPage'), 'MyDataPage');

export const citizenRoutes: RouteObject[] = [
  { path: 'oppna-data', element: <OpenDataPage /> },
  { path: 'mina-sidor/mina-uppgifter', element: <MyDataPage /> },
];
