// Client routes of the comments feature.
import type { RouteObject } from 'react-router';

export const commentsRoutes: RouteObject[] = [];
