// Client routes of the proposals feature.
import type { RouteObject } from 'react-router';

export const proposalsRoutes: RouteObject[] = [];
