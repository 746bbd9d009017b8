// Client routes of the council meeting in real time: following it, a member's device, and the
// secretary's console (each its own chunk).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const FollowLivePage = lazyPage(() => import('./FollowLivePage'), 'FollowLivePage');
const MemberDevicePage = lazyPage(() => import('./MemberDevicePage'), 'MemberDevicePage');
const SecretarySittingPage = lazyPage(
  () => import('./SecretarySittingPage'),
  'SecretarySittingPage',
);

export const councilRoutes: RouteObject[] = [
  { path: 'moten/:id/direkt', element: <FollowLivePage /> },
  { path: 'moten/:id/ledamot', element: <MemberDevicePage /> },
  { path: 'sekreterare/moten/:id/sammantrade', element: <SecretarySittingPage /> },
];
