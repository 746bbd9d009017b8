// Client routes of the officials' reading room.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const MyMeetingsPage = lazyPage(() => import('./MyMeetingsPage'), 'MyMeetingsPage');

export const readingRoutes: RouteObject[] = [{ path: 'mina-moten', element: <MyMeetingsPage /> }];
