// Client routes of the records feature: calendar, meeting, document, notice board, secretary console.
import type { RouteObject } from 'react-router';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingPage } from './MeetingPage';
import { DocumentPage } from './DocumentPage';
import { NoticeBoard } from './NoticeBoard';
import { SecretaryConsole } from './console/SecretaryConsole';
import { MeetingEditor } from './console/MeetingEditor';

export const recordsRoutes: RouteObject[] = [
  { path: 'moten', element: <MeetingCalendar /> },
  { path: 'moten/:id', element: <MeetingPage /> },
  { path: 'handlingar/:id', element: <DocumentPage /> },
  { path: 'anslagstavla', element: <NoticeBoard /> },
  { path: 'sekreterare', element: <SecretaryConsole /> },
  { path: 'sekreterare/moten/:id', element: <MeetingEditor /> },
];
