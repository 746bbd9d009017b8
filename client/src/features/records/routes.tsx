// Client routes of the records feature.
import type { RouteObject } from 'react-router';

export const recordsRoutes: RouteObject[] = [];
