// Meetings (sammanträden) with their agendas, decisions and minutes: routes and the meeting room;
// what comment threads and live sessions may know of a meeting or an agenda item; who may stay
// in a draft's room; and how meetings refer to bodies and documents, which those features ask.
import type { Feature } from '../../context';
import { canSeeMeeting } from '../../policies/meetings';
import { registerRoomGuard } from '../../realtime/room-guards';
import { registerBodyRecords } from '../bodies';
import { registerContentGrant, registerDocumentUse } from '../documents';
import { registerErasure, registerPersonalData } from '../../auth/personal-data';
import { eraseMeetingsLook, exportMeetingsLook } from './mine';
import { calledInForDocument, exportAbsences } from './absence';
import { registerSubject } from '../subjects';
import { meetingsUseDocuments } from './document-use';
import { meetingEvents } from './events';
import { AgendaItem, Meeting } from './model';
import { meetingRoutes } from './routes';
import { sittingRoutes } from './sitting/routes';
import { Router } from 'express';

registerSubject('meeting', async (id) => {
  const meeting = await Meeting.findById(id, {
    title: 1,
    bodyId: 1,
    status: 1,
    startsAt: 1,
  }).lean();
  if (!meeting) return null;
  const published = meeting.status !== 'draft';
  return {
    id,
    type: 'meeting',
    title: meeting.title,
    bodyId: meeting.bodyId,
    public: published,
    commentable: published,
    path: `/moten/${id}`,
    date: meeting.startsAt.toISOString(),
  };
});

registerSubject('agendaItem', async (id) => {
  const item = await AgendaItem.findById(id, { title: 1, meetingId: 1 }).lean();
  if (!item) return null;
  const meeting = await Meeting.findById(item.meetingId, {
    bodyId: 1,
    status: 1,
    startsAt: 1,
  }).lean();
  if (!meeting) return null;
  const published = meeting.status !== 'draft';
  return {
    id,
    type: 'agendaItem',
    title: item.title,
    bodyId: meeting.bodyId,
    public: published,
    commentable: published,
    path: `/moten/${item.meetingId}#punkt-${id}`,
    date: meeting.startsAt.toISOString(),
  };
});

// A draft's room is for those who may manage it; they leave it when they lose that right.
registerRoomGuard('meeting:', async (user, room) => {
  const meeting = await Meeting.findById(room.slice('meeting:'.length), {
    status: 1,
    bodyId: 1,
  }).lean();
  return Boolean(meeting && canSeeMeeting(user, meeting));
});

registerBodyRecords('meetings', async (bodyId) => (await Meeting.exists({ bodyId })) !== null);
registerDocumentUse('meetings', meetingsUseDocuments);
// A substitute called in for a meeting reads the documents on its agenda (issue 17).
registerContentGrant('meetings', calledInForDocument);
registerPersonalData('absences', exportAbsences);
registerPersonalData('meetingsLook', exportMeetingsLook);
registerErasure('meetingsLook', eraseMeetingsLook);

export const meetingsFeature: Feature = {
  name: 'meetings',
  apiRouter: (ctx) => Router().use(meetingRoutes(ctx).router, sittingRoutes(ctx).router),
  socketEvents: meetingEvents,
};
