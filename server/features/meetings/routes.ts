// HTTP routes of meetings: calendar and meeting pages for everyone; create, change, publish and
// remove for the body's secretaries. Agenda, decisions and minutes are in agenda-routes.ts.
import { Router } from 'express';
import { z } from 'zod';
import {
  MeetingCreateSchema,
  MeetingListQuerySchema,
  MeetingSchema,
  MeetingUpdateSchema,
} from '@shared/schemas/meetings';
import { requestIp } from '../../audit/service';
import { currentUser, requireUser, type CurrentUser } from '../../auth/current-user';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { hasRoleSomewhere } from '../../policies/roles';
import { swedishDate } from '../noticeboard/appeal';
import { announceMeetingChange, indexMeeting, meetingRoom } from './broadcast';
import { Meeting } from './model';
import { presentMeeting, presentMeetings } from './present';
import {
  createMeeting,
  deleteDraftMeeting,
  findManagedMeeting,
  findVisibleMeeting,
  publishMeeting,
  updateMeeting,
} from './service';
import { pathParam } from '../records/params';
import { op } from '../records/query';

const tags = ['meetings'];
const One = z.object({ data: MeetingSchema });
describeApi({
  method: 'get',
  path: '/api/v1/meetings',
  summary: 'Published meetings with their agendas (the calendar)',
  tags,
  query: MeetingListQuerySchema,
  responses: {
    200: {
      description: 'Meetings',
      schema: z.object({ data: z.array(MeetingSchema), total: z.number() }),
    },
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/meetings',
  summary: 'Create a meeting as a draft',
  tags,
  auth: 'secretary of the body',
  body: MeetingCreateSchema,
  responses: {
    201: { description: 'The draft', schema: One },
    400: { description: 'Invalid input' },
    401: { description: 'Not logged in' },
    403: { description: 'Not a secretary of the body' },
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/meetings/{id}',
  summary: 'A meeting with its agenda, documents, decisions and minutes (drafts: 404 to others)',
  tags,
  responses: {
    200: { description: 'The meeting', schema: One },
    404: { description: 'No such meeting' },
  },
});
describeApi({
  method: 'patch',
  path: '/api/v1/meetings/{id}',
  summary: 'Change title, time, place or stream URL (`null` clears)',
  tags,
  auth: 'secretary of the body',
  body: MeetingUpdateSchema,
  responses: { 200: { description: 'The meeting', schema: One } },
});
describeApi({
  method: 'delete',
  path: '/api/v1/meetings/{id}',
  summary: 'Remove a draft meeting',
  tags,
  auth: 'secretary of the body',
  responses: { 204: { description: 'Removed' }, 409: { description: 'Published meetings stay' } },
});
describeApi({
  method: 'post',
  path: '/api/v1/meetings/{id}/publish',
  summary: 'Publish the meeting (kallelse); needs at least one agenda item',
  tags,
  auth: 'secretary of the body',
  responses: {
    200: { description: 'The published meeting', schema: One },
    400: { description: 'No agenda items' },
    409: { description: 'Already published' },
  },
});

/** Published meetings; with `includeDrafts`, also the drafts of the bodies the caller keeps. */
function meetingVisibility(user: CurrentUser | undefined, includeDrafts: boolean) {
  const published = { status: 'published' as const };
  if (!includeDrafts || !user || !hasRoleSomewhere(user, 'secretary')) return published;
  const grants = user.roles.filter((g) => g.role === 'secretary');
  // A grant without bodyId holds for every body.
  if (grants.some((g) => !g.bodyId))
    return { status: op({ $in: ['draft' as const, 'published' as const] }) };
  const bodyIds = grants.flatMap((g) => (g.bodyId ? [g.bodyId] : []));
  return { $or: [published, { status: 'draft' as const, bodyId: op({ $in: bodyIds }) }] };
}

export function meetingsRouter(ctx: AppContext): Router {
  const router = Router();

  router.get('/meetings', async (req, res) => {
    const query = parseInput(MeetingListQuerySchema, req.query);
    const user = req.user;
    const visibility = meetingVisibility(user, query.includeDrafts === 'true');
    const today = new Date(`${swedishDate()}T00:00:00Z`);
    const startsAt: Record<string, Date> = {};
    if (query.from) startsAt.$gte = new Date(`${query.from}T00:00:00Z`);
    if (query.to) startsAt.$lt = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000);
    if (query.when === 'upcoming') startsAt.$gte = today;
    if (query.when === 'past') startsAt.$lt = today;
    const filter = {
      ...visibility,
      ...(query.bodyId ? { bodyId: query.bodyId } : {}),
      ...(Object.keys(startsAt).length > 0 ? { startsAt: op(startsAt) } : {}),
    };
    const [meetings, total] = await Promise.all([
      Meeting.find(filter)
        .sort({ startsAt: query.when === 'past' ? -1 : 1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize),
      Meeting.countDocuments(filter),
    ]);
    res.json({ data: await presentMeetings(meetings, user), total });
  });

  router.post('/meetings', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(MeetingCreateSchema, req.body);
    const meeting = await createMeeting(user, input, requestIp(req));
    res.status(201).json({ data: await presentMeeting(meeting, user) });
  });

  router.get('/meetings/:id', async (req, res) => {
    const meeting = await findVisibleMeeting(req.user, pathParam(req, 'id'));
    res.json({ data: await presentMeeting(meeting, req.user) });
  });

  router.patch('/meetings/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const input = parseInput(MeetingUpdateSchema, req.body);
    const updated = await updateMeeting(user, meeting, input, requestIp(req));
    await announceMeetingChange(ctx.io, String(updated._id));
    res.json({
      data: await presentMeeting(await findVisibleMeeting(user, pathParam(req, 'id')), user),
    });
  });

  router.delete('/meetings/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    await deleteDraftMeeting(user, meeting, requestIp(req));
    res.status(204).end();
  });

  router.post('/meetings/:id/publish', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const published = await publishMeeting(user, meeting, requestIp(req));
    await indexMeeting(published);
    ctx.io
      .to(meetingRoom(String(published._id)))
      .emit('meeting:updated', await presentMeeting(published, undefined));
    res.json({ data: await presentMeeting(published, user) });
  });

  return router;
}
