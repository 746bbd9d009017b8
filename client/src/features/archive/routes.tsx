// Client routes of the archive search.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const SearchPage = lazyPage(() => import('./SearchPage'), 'SearchPage');

export const archiveRoutes: RouteObject[] = [{ path: 'sok', element: <SearchPage /> }];
