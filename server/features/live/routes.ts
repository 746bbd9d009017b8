// HTTP routes of live sessions: create, open, close (secretary, moderator); list and read
// (anyone; a closed session stays readable as part of the meeting's public record).
import { Router } from 'express';
import { z } from 'zod';
import {
  CreateLiveSessionSchema,
  LiveSessionDetailSchema,
  LiveSessionListQuerySchema,
  LiveSessionSchema,
} from '@shared/schemas/live';
import { IdSchema } from '@shared/schemas/common';
import type { AppContext } from '../../context';
import { currentUser, requireUser } from '../../auth/current-user';
import { requestIp } from '../../audit/service';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { authorize } from '../../policies/authorize';
import { canManageLiveSessions } from '../../policies/live';
import { currentSeq } from './broadcast';
import { presentQuestions, presentSession } from './present';
import { resolveSubject } from '../subjects';
import {
  closeSession,
  createSession,
  findSession,
  listSessions,
  openSession,
  sessionQuestions,
} from './sessions';

const tags = ['live'];
const CreatedSchema = z.object({ data: LiveSessionSchema });
describeApi({
  method: 'post',
  path: '/api/v1/live-sessions',
  summary: 'Create a live dialogue session (status scheduled)',
  tags,
  auth: 'secretary, moderator',
  body: CreateLiveSessionSchema,
  responses: {
    201: { description: 'Created', schema: CreatedSchema },
    400: { description: 'Invalid input or unknown meeting' },
  },
});
for (const action of ['open', 'close'] as const) {
  describeApi({
    method: 'post',
    path: `/api/v1/live-sessions/{id}/${action}`,
    summary: action === 'open' ? 'Open a scheduled session' : 'Close an open session (archives it)',
    tags,
    auth: 'secretary, moderator',
    responses: {
      200: { description: 'The session', schema: CreatedSchema },
      404: { description: 'No such session' },
      409: { description: 'Not in the right status' },
    },
  });
}
describeApi({
  method: 'get',
  path: '/api/v1/live-sessions',
  summary: 'Live sessions, newest first (filter by status or meeting)',
  tags,
  query: LiveSessionListQuerySchema,
  responses: {
    200: {
      description: 'Sessions',
      schema: z.object({ data: z.array(LiveSessionSchema), total: z.number() }),
    },
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/live-sessions/{id}',
  summary: 'A session with its visible questions (also after close: the public record)',
  tags,
  responses: {
    200: { description: 'The session', schema: z.object({ data: LiveSessionDetailSchema }) },
    404: { description: 'No such session' },
  },
});

export function liveRouter(ctx: AppContext): Router {
  const router = Router();

  router.post('/live-sessions', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(CreateLiveSessionSchema, req.body);
    const meeting = input.meetingId ? await resolveSubject('meeting', input.meetingId) : null;
    authorize(user, (u) => canManageLiveSessions(u, meeting?.bodyId ?? null));
    const session = await createSession(user, input, requestIp(req));
    res.status(201).json({ data: await presentSession(session, 0) });
  });

  router.post('/live-sessions/:id/:action', requireUser, async (req, res, next) => {
    const action = req.params.action;
    if (action !== 'open' && action !== 'close') return next();
    const user = currentUser(req);
    const id = parseInput(IdSchema, req.params.id);
    const existing = await findSession(id);
    authorize(user, (u) => canManageLiveSessions(u, existing.bodyId ?? null));
    const run = action === 'open' ? openSession : closeSession;
    const session = await run(ctx.io, user, id, requestIp(req));
    res.json({ data: await presentSession(session, await currentSeq(id)) });
  });

  router.get('/live-sessions', async (req, res) => {
    const query = parseInput(LiveSessionListQuerySchema, req.query);
    const { sessions, total } = await listSessions(query);
    const presented = await Promise.all(
      sessions.map(async (s) => presentSession(s, await currentSeq(String(s._id)))),
    );
    res.json({ data: presented, total });
  });

  router.get('/live-sessions/:id', async (req, res) => {
    const session = await findSession(req.params.id);
    const questions = await sessionQuestions(String(session._id), 'public');
    res.json({
      data: {
        ...(await presentSession(session, await currentSeq(String(session._id)))),
        questions: await presentQuestions(questions, 'public'),
      },
    });
  });

  return router;
}
