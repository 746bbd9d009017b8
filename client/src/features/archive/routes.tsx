// Client routes of the archive search.
import type { RouteObject } from 'react-router';

export const archiveRoutes: RouteObject[] = [];
