// The HTTP API of live sessions: each route is a command (commands/), declared and documented
// here. Create, open, close: the secretaries and moderators of the session's body; list and read:
// anyone (a closed session stays readable as part of the meeting's public record).
import { z } from 'zod';
import { LiveSessionDetailSchema, LiveSessionSchema } from '@shared/schemas/live';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { getLiveSession, listLiveSessions } from './commands/queries';
import { closeLiveSession, createLiveSession, openLiveSession } from './commands/sessions';

const tags = ['live'];
const staff = "secretary, moderator of the session's body (no meeting: without a body)";

export function liveRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .post('/live-sessions', createLiveSession, {
      summary: 'Create a live dialogue session (status scheduled)',
      tags,
      auth: staff,
      status: 201,
      response: LiveSessionSchema,
      errors: { 400: 'Invalid input, an unknown meeting, or a panel member not of the body' },
    })
    .post('/live-sessions/:id/open', openLiveSession, {
      summary: 'Open a scheduled session',
      tags,
      auth: staff,
      response: LiveSessionSchema,
      errors: { 404: 'No such session', 409: 'Not scheduled' },
    })
    .post('/live-sessions/:id/close', closeLiveSession, {
      summary: 'Close an open session (archives it: counts recounted from the vote rows)',
      tags,
      auth: staff,
      response: LiveSessionSchema,
      errors: { 404: 'No such session', 409: 'Not open' },
    })
    .get('/live-sessions', listLiveSessions, {
      summary: 'Live sessions, newest first (filter by status or meeting)',
      tags,
      reply: 'body',
      // The start page's "live now": anonymous reads from memory until a live command writes.
      cache: { dependsOn: ['live'] },
      response: z.object({ data: z.array(LiveSessionSchema), total: z.number() }),
    })
    .get('/live-sessions/:id', getLiveSession, {
      summary: 'A session with its visible questions (also after close: the public record)',
      tags,
      response: LiveSessionDetailSchema,
      errors: { 404: 'No such session' },
    });
}
