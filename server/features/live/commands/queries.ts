// Reading live sessions: the list (newest first, by status or meeting) and one session with its
// public questions. Anyone may read; a closed session stays readable as the public record.
import { z } from 'zod';
import { LiveSessionListQuerySchema } from '@shared/schemas/live';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { sessionSeq } from '../broadcast';
import { loadSession } from '../load';
import { presentQuestions, presentSession } from '../present';
import { listSessions, sessionQuestions } from '../sessions';

export const listLiveSessions = defineCommand({
  name: 'live.session.list',
  input: LiveSessionListQuerySchema,
  policy: 'public',
  async work({ input }) {
    const { sessions, total } = await listSessions(input);
    const data = await Promise.all(
      sessions.map(async (s) => presentSession(s, await sessionSeq(String(s._id)))),
    );
    return { data, total };
  },
});

export const getLiveSession = defineCommand({
  name: 'live.session.get',
  input: z.object({ id: IdSchema }),
  load: ({ id }) => loadSession(id),
  policy: 'public',
  async work({ subject: session }) {
    const id = String(session._id);
    const questions = await sessionQuestions(id, 'public');
    return {
      ...(await presentSession(session, await sessionSeq(id))),
      questions: await presentQuestions(questions, 'public'),
    };
  },
});
