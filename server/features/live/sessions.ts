// The rules for live sessions themselves: create, open, close (which archives the record), list
// and read. The commands (commands/sessions.ts) audit and announce each change.
import type { CreateLiveSession, LiveSessionStatus } from '@shared/schemas/live';
import { PUBLIC_STATES } from '@shared/schemas/live';
import { conflict, notFound } from '../../errors';
import type { LiveSubject } from '../../policies/live';
import { changeQuestion, type QuestionChange } from './broadcast';
import { forgetSession } from './read-cache';
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

/** Stores a new scheduled session (the command checked the meeting and the panel). */
export async function createSession(
  userId: string,
  input: CreateLiveSession,
  bodyId: string | undefined,
): Promise<LiveSessionDoc> {
  const created = await LiveSessionModel.create({
    title: input.title,
    meetingId: input.meetingId,
    ...(bodyId ? { bodyId } : {}),
    agendaItemId: input.agendaItemId,
    premoderation: input.premoderation,
    streamUrl: input.streamUrl,
    officialIds: [...new Set(input.officialIds ?? [])],
    createdBy: userId,
  });
  return created.toObject();
}

/**
 * Moves a session from `from` to `to` (a compare-and-set: a second open or close is 409). Closing
 * settles the record (see archive); the questions it changed are returned for the announcement.
 */
export async function transition(
  session: LiveSessionDoc,
  from: LiveSessionStatus,
  to: LiveSessionStatus,
): Promise<{ session: LiveSessionDoc; changed: QuestionChange[] }> {
  const id = String(session._id);
  const now = new Date();
  const stored = await withLock(`session:${id}`, () =>
    LiveSessionModel.findOneAndUpdate(
      { _id: session._id, status: from },
      {
        $set: { status: to, ...(to === 'open' ? { openedAt: now } : { closedAt: now }) },
        ...(to === 'closed' ? { $unset: { answeringId: 1 } } : {}),
      },
      { returnDocument: 'after' },
    ).lean(),
  );
  forgetSession(id);
  if (!stored) throw conflict(`The session is ${session.status}, not ${from}`);
  const changed = to === 'closed' ? await archive(id, session.answeringId ?? undefined) : [];
  return { session: stored, changed };
}

/**
 * On close, the record is settled: no more votes are accepted, so each public question's count
 * is recounted from the stored vote rows (one pass over the session's votes), and the question
 * being answered goes back to the list.
 */
async function archive(sessionId: string, answeringId?: string): Promise<QuestionChange[]> {
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
  if (!answeringId) return [];
  const back = await changeQuestion(
    { _id: answeringId, sessionId },
    { state: 'answering' },
    { state: 'visible' },
  );
  return back ? [{ question: back, previous: 'answering' }] : [];
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
