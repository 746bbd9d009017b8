// Live sessions in the body-scope table. A session of a meeting belongs to the meeting's body
// (its secretaries and moderators create, open, close and moderate it); a session without a
// meeting belongs to no body. Asking and voting are any signed-in person's; watching anyone's.
import { LiveQuestionModel } from '../../server/features/live/model';
import { createMeeting } from '../helpers/records';
import type { ScopeFixtures, ScopeTable } from './table';

/** A session of a published meeting of the home body, created (and opened) by its secretary. */
async function homeSession(fx: ScopeFixtures, open: boolean): Promise<string> {
  const meeting = await createMeeting(fx.homeStaff, fx.homeBodyId);
  const res = await fx.homeStaff.post('/api/v1/live-sessions', {
    title: 'Fråga nämnden',
    meetingId: meeting.id,
    premoderation: true,
  });
  if (res.status !== 201) throw new Error(`live session: ${res.status} ${res.text}`);
  const id = res.body.data.id as string;
  if (open) {
    const opened = await fx.homeStaff.post(`/api/v1/live-sessions/${id}/open`);
    if (opened.status !== 200) throw new Error(`open: ${opened.status} ${opened.text}`);
  }
  return id;
}

/** A pending question in an open session of the home body. */
async function homeQuestion(fx: ScopeFixtures): Promise<string> {
  const sessionId = await homeSession(fx, true);
  const question = await LiveQuestionModel.create({
    sessionId,
    authorId: fx.foreignId,
    text: 'Varför?',
    state: 'visible',
    seq: 1,
  });
  return String(question._id);
}

export const liveScope: ScopeTable = {
  'POST /api/v1/live-sessions': {
    refuse: async (fx) => ({
      body: {
        title: 'Fråga nämnden',
        meetingId: (await createMeeting(fx.homeStaff, fx.homeBodyId)).id,
        premoderation: false,
      },
    }),
  },
  'POST /api/v1/live-sessions/:id/open': {
    refuse: async (fx) => ({ params: { id: await homeSession(fx, false) } }),
  },
  'POST /api/v1/live-sessions/:id/close': {
    refuse: async (fx) => ({ params: { id: await homeSession(fx, true) } }),
  },
  'GET /api/v1/live-sessions': { open: 'anyone' },
  'GET /api/v1/live-sessions/:id': { open: 'anyone', why: 'the public record' },
  'socket live:join': {
    // Watching is anyone's; the moderators' room is the session's body's moderators'.
    refuse: async (fx) => ({
      payload: { sessionId: await homeSession(fx, true), moderator: true },
    }),
  },
  'socket live:leave': { open: 'anyone' },
  'socket live:ask': { open: 'signed-in', why: 'any citizen asks (unless banned)' },
  'socket live:vote': { open: 'signed-in', why: 'any citizen votes (unless banned)' },
  'socket live:moderate': {
    refuse: async (fx) => ({
      payload: { questionId: await homeQuestion(fx), decision: 'approve' },
    }),
  },
  'socket live:mark': {
    refuse: async (fx) => ({ payload: { questionId: await homeQuestion(fx), state: 'answering' } }),
  },
};
