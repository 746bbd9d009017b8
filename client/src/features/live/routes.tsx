// Client routes of the live feature.
import type { RouteObject } from 'react-router';

export const liveRoutes: RouteObject[] = [];
