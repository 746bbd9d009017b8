// Client routes of "Mitt arbete" (its own chunk).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const WorkPage = lazyPage(() => import('./WorkPage'), 'WorkPage');

export const workRoutes: RouteObject[] = [{ path: 'mitt-arbete', element: <WorkPage /> }];
