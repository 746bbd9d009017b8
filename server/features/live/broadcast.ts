// Write first, then emit: after a change is stored, the question (or session) takes the room's
// next seq and is re-read in the same update, so what is emitted is the stored state and a later
// seq never carries an older state. Clients keep, per question, the highest seq they saw.
import { liveModRoom, liveRoom } from '@shared/events/live';
import { PUBLIC_STATES, type QuestionState } from '@shared/schemas/live';
import type { AppServer } from '../../realtime/io';
import { withLock } from '../../db/lock';
import { forgetSession, storedQuestion } from './read-cache';
import {
  LiveQuestionModel,
  LiveSeqModel,
  LiveSessionModel,
  type LiveQuestionDoc,
  type LiveSessionDoc,
} from './model';
import { authorNames, presentQuestion, presentSession } from './present';

/** The room's next sequence number (one counter document per session). */
export function nextSeq(sessionId: string): Promise<number> {
  return reserveSeqs(sessionId, 1);
}

/** Reserves `count` consecutive seqs in one update; returns the last one. */
export function reserveSeqs(sessionId: string, count: number): Promise<number> {
  return withLock(`seq:${sessionId}`, async () => {
    const counter = await LiveSeqModel.findOneAndUpdate(
      { _id: sessionId },
      { $inc: { seq: count } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    return counter?.seq ?? 0;
  });
}

export async function currentSeq(sessionId: string): Promise<number> {
  return (await LiveSeqModel.findById(sessionId).lean())?.seq ?? 0;
}

/**
 * Changes a question under its lock: when it still matches `condition`, applies `set` and stamps
 * the room's next seq in the same update. Returns the stored question, or null when the
 * condition no longer held (someone changed it first).
 */
export function changeQuestion(
  question: { _id: unknown; sessionId: string },
  condition: Record<string, unknown>,
  set: Record<string, unknown>,
  unset: string[] = [],
  reservedSeq?: number,
): Promise<LiveQuestionDoc | null> {
  const id = String(question._id);
  return withLock(`question:${id}`, async () => {
    storedQuestion(id, null);
    const seq = reservedSeq ?? (await nextSeq(question.sessionId));
    const stored = await LiveQuestionModel.findOneAndUpdate(
      { ...condition, _id: question._id },
      {
        $max: { seq },
        ...(Object.keys(set).length > 0 ? { $set: set } : {}),
        ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map((f) => [f, 1])) } : {}),
      },
      { returnDocument: 'after' },
    ).lean();
    // Null: the condition failed and the question may have changed elsewhere; it is re-read.
    storedQuestion(id, stored);
    return stored;
  });
}

const isPublic = (state: QuestionState | undefined) =>
  state !== undefined && PUBLIC_STATES.includes(state);

/**
 * Emits a stored question: the public view to the session's room (when the public saw it before
 * or sees it now), the moderators' view to the moderators' room.
 */
export async function emitQuestions(
  io: AppServer,
  questions: LiveQuestionDoc[],
  previousStates: Map<string, QuestionState | undefined> = new Map(),
): Promise<void> {
  if (questions.length === 0) return;
  const names = await authorNames(questions.map((q) => q.authorId));
  for (const [index, question] of questions.entries()) {
    // A broadcast to thousands of sockets takes milliseconds of uninterrupted work; between
    // questions the event loop answers what is waiting (vote acknowledgements, other events).
    if (index > 0) await new Promise((resolve) => setImmediate(resolve));
    const id = String(question._id);
    const modRoom = liveModRoom(question.sessionId);
    if (isPublic(question.state) || isPublic(previousStates.get(id))) {
      io.to(liveRoom(question.sessionId))
        .except(modRoom)
        .emit('live:question', presentQuestion(question, names, 'public'));
    }
    io.to(modRoom).emit('live:question', presentQuestion(question, names, 'moderator'));
  }
}

/** Emits one stored question (see emitQuestions). */
export async function publishQuestion(
  io: AppServer,
  stored: LiveQuestionDoc,
  previousState?: QuestionState,
): Promise<LiveQuestionDoc> {
  await emitQuestions(io, [stored], new Map([[String(stored._id), previousState]]));
  return stored;
}

/** Takes the room's next seq and emits the stored session to the room. */
export async function publishSession(
  io: AppServer,
  sessionId: string,
): Promise<LiveSessionDoc | null> {
  forgetSession(sessionId);
  const seq = await nextSeq(sessionId);
  const session = (await LiveSessionModel.findById(sessionId).lean()) as LiveSessionDoc | null;
  if (session) io.to(liveRoom(sessionId)).emit('live:session', await presentSession(session, seq));
  return session;
}
