// Client routes of the records feature: calendar, meeting, document, notice board, and the
// secretary console (its own chunks).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';

const MeetingCalendar = lazyPage(() => import('./MeetingCalendar'), 'MeetingCalendar');
const MeetingPage = lazyPage(() => import('./MeetingPage'), 'MeetingPage');
const DocumentPage = lazyPage(() => import('./DocumentPage'), 'DocumentPage');
const NoticeBoard = lazyPage(() => import('./NoticeBoard'), 'NoticeBoard');
const SecretaryConsole = lazyPage(() => import('./console/SecretaryConsole'), 'SecretaryConsole');
const MeetingEditor = lazyPage(() => import('./console/MeetingEditor'), 'MeetingEditor');

export const recordsRoutes: RouteObject[] = [
  { path: 'moten', element: <MeetingCalendar /> },
  { path: 'moten/:id', element: <MeetingPage /> },
  { path: 'handlingar/:id', element: <DocumentPage /> },
  { path: 'anslagstavla', element: <NoticeBoard /> },
  { path: 'sekreterare', element: <SecretaryConsole /> },
  { path: 'sekreterare/moten/:id', element: <MeetingEditor /> },
];
