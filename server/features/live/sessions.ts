// The rules for live sessions themselves: create, open, close (which archives the record), list
// and read. Every change is audited and then announced to the session's room.
import type { CreateLiveSession, LiveSessionStatus } from '@shared/schemas/live';
import { PUBLIC_STATES } from '@shared/schemas/live';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, notFound, validationFailed } from '../../errors';
import type { AppServer } from '../../realtime/io';
import { resolveSubject } from '../subjects';
import type { LiveSubject } from '../../policies/live';
import { changeQuestion, publishQuestion, publishSession } from './broadcast';
import { withLock } from '../../db/lock';
import {
  LiveQuestionModel,
  LiveSessionModel,
  LiveVoteModel,
  op,
  type LiveQuestionDoc,
  type LiveSessionDoc,
} from './model';

const isId = (id: string) => /^[0-9a-f]{24}$/i.test(id);

export async function findSession(id: string): Promise<LiveSessionDoc> {
  if (!isId(id)) throw notFound('No such live session');
  const session = (await LiveSessionModel.findById(id).lean()) as LiveSessionDoc | null;
  if (!session) throw notFound('No such live session');
  return session;
}

/** The session, which must be open for the action (asking, voting, moderating, marking). */
export async function findOpenSession(id: string): Promise<LiveSessionDoc> {
  const session = await findSession(id);
  assertOpen(session);
  return session;
}

/** What the live policies judge a session by: its body, its officials, its bans. */
export const liveSubject = (session: LiveSessionDoc): LiveSubject => ({
  bodyId: session.bodyId ?? null,
  officialIds: session.officialIds,
  bans: session.bans,
});

export function assertOpen(session: LiveSessionDoc): void {
  if (session.status !== 'open') {
    throw conflict(
      session.status === 'closed' ? 'The session is closed' : 'The session has not opened yet',
    );
  }
}

export async function createSession(
  user: CurrentUser,
  input: CreateLiveSession,
  ip?: string,
): Promise<LiveSessionDoc> {
  const meeting = input.meetingId ? await resolveSubject('meeting', input.meetingId) : null;
  if (input.meetingId && !meeting) {
    throw validationFailed('meetingId: no such meeting', { field: 'meetingId' });
  }
  if (input.agendaItemId && !(await resolveSubject('agendaItem', input.agendaItemId))) {
    throw validationFailed('agendaItemId: no such agenda item', { field: 'agendaItemId' });
  }
  const created = await LiveSessionModel.create({
    title: input.title,
    meetingId: input.meetingId,
    ...(meeting?.bodyId ? { bodyId: meeting.bodyId } : {}),
    agendaItemId: input.agendaItemId,
    premoderation: input.premoderation,
    streamUrl: input.streamUrl,
    officialIds: [...new Set(input.officialIds ?? [])],
    createdBy: user.id,
  });
  await recordAudit({
    actor: user.id,
    action: 'live.session.create',
    subject: { type: 'liveSession', id: String(created._id) },
    after: { title: input.title, meetingId: input.meetingId, premoderation: input.premoderation },
    ip,
  });
  return created.toObject();
}

async function transition(
  io: AppServer,
  user: CurrentUser,
  id: string,
  from: LiveSessionStatus,
  to: LiveSessionStatus,
  ip?: string,
): Promise<LiveSessionDoc> {
  const session = await findSession(id);
  const now = new Date();
  const changed = await withLock(`session:${id}`, () =>
    LiveSessionModel.findOneAndUpdate(
      { _id: session._id, status: from },
      {
        $set: { status: to, ...(to === 'open' ? { openedAt: now } : { closedAt: now }) },
        ...(to === 'closed' ? { $unset: { answeringId: 1 } } : {}),
      },
      { returnDocument: 'after' },
    ).lean(),
  );
  if (!changed) throw conflict(`The session is ${session.status}, not ${from}`);
  await recordAudit({
    actor: user.id,
    action: `live.session.${to === 'open' ? 'open' : 'close'}`,
    subject: { type: 'liveSession', id },
    before: { status: from },
    after: { status: to },
    ip,
  });
  if (to === 'closed') await archive(io, id, session.answeringId ?? undefined);
  return (await publishSession(io, id)) ?? changed;
}

export const openSession = (io: AppServer, user: CurrentUser, id: string, ip?: string) =>
  transition(io, user, id, 'scheduled', 'open', ip);

export const closeSession = (io: AppServer, user: CurrentUser, id: string, ip?: string) =>
  transition(io, user, id, 'open', 'closed', ip);

/**
 * On close, the record is settled: no more votes are accepted, so each public question's count
 * is recounted from the stored vote rows (one pass over the session's votes), and the question
 * being answered goes back to the list.
 */
async function archive(io: AppServer, sessionId: string, answeringId?: string): Promise<void> {
  const rows = await LiveVoteModel.find({ sessionId }, { questionId: 1 }).lean();
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.questionId, (counts.get(row.questionId) ?? 0) + 1);
  const questions = await LiveQuestionModel.find(
    { sessionId, state: op({ $in: [...PUBLIC_STATES] }) },
    { _id: 1, votes: 1, sessionId: 1 },
  ).lean();
  for (const question of questions) {
    const votes = counts.get(String(question._id)) ?? 0;
    if (votes !== question.votes) await changeQuestion(question, {}, { votes });
  }
  if (answeringId) {
    const back = await changeQuestion(
      { _id: answeringId, sessionId },
      { state: 'answering' },
      { state: 'visible' },
    );
    if (back) await publishQuestion(io, back, 'answering');
  }
}

export async function listSessions(filter: {
  status?: LiveSessionStatus;
  meetingId?: string;
  page: number;
  pageSize: number;
}): Promise<{ sessions: LiveSessionDoc[]; total: number }> {
  const query: Record<string, unknown> = {};
  if (filter.status) query.status = filter.status;
  if (filter.meetingId) query.meetingId = filter.meetingId;
  const [sessions, total] = await Promise.all([
    LiveSessionModel.find(query)
      .sort({ createdAt: -1 })
      .skip((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .lean(),
    LiveSessionModel.countDocuments(query),
  ]);
  return { sessions: sessions, total };
}

/** The questions of a session as `audience` sees them, oldest first. */
export async function sessionQuestions(
  sessionId: string,
  audience: 'public' | 'moderator',
): Promise<LiveQuestionDoc[]> {
  return await LiveQuestionModel.find({
    sessionId,
    state: audience === 'public' ? op({ $in: [...PUBLIC_STATES] }) : op({ $ne: 'merged' as const }),
  })
    .sort({ createdAt: 1 })
    .limit(2000)
    .lean();
}
