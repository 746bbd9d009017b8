// Council records: bodies, meetings and agendas, documents, notice board, feeds, open data.
import { Router } from 'express';
import type { Feature } from '../../context';
import { bodiesRouter } from '../bodies/routes';
import { documentsRouter } from '../documents/routes';
import { feedsRouter } from '../feeds/routes';
import { agendaRouter } from '../meetings/agenda-routes';
import { meetingEvents } from '../meetings/events';
import { meetingsRouter } from '../meetings/routes';
import { noticeBoardRouter } from '../noticeboard/routes';
import { oparlRouter } from '../oparl/routes';
import { seedRecords } from './seed';
import { registerRecordSubjects } from './subjects';
import { registerPersonalData } from '../../auth/personal-data';
import { Body } from '../bodies/model';

registerRecordSubjects();
// What the records keep about a person: their seats and secretary posts (documents and meetings
// store only the creating secretary's id, which the audit log already reports).
registerPersonalData('records', async (userId) => {
  const bodies = await Body.find(
    { $or: [{ 'members.userId': userId }, { secretaryIds: userId }] },
    { name: 1, members: 1, secretaryIds: 1 },
  ).lean();
  return bodies.map((body) => ({
    body: body.name,
    member: body.members.find((m) => m.userId === userId) ?? null,
    secretary: body.secretaryIds.includes(userId),
  }));
});

export const recordsFeature: Feature = {
  name: 'records',
  apiRouter(ctx) {
    const router = Router();
    router.use(bodiesRouter(ctx));
    router.use(meetingsRouter(ctx));
    router.use(agendaRouter(ctx));
    router.use(documentsRouter(ctx));
    router.use(noticeBoardRouter());
    return router;
  },
  rootRouter(ctx) {
    const router = Router();
    router.use(feedsRouter(ctx));
    router.use('/api/oparl/v1', oparlRouter(ctx));
    return router;
  },
  socketEvents: meetingEvents,
  seedDemo: (ctx) => seedRecords(ctx),
};
