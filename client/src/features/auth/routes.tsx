// Client routes of the auth feature.
import type { RouteObject } from 'react-router';

export const authRoutes: RouteObject[] = [];
