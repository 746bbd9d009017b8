// Client routes of the archive search.
import type { RouteObject } from 'react-router';
import { SearchPage } from './SearchPage';

export const archiveRoutes: RouteObject[] = [{ path: 'sok', element: <SearchPage /> }];
