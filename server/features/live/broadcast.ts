// Write first, then emit: after a change is stored, the question (or session) takes the room's
// next seq and is re-read in the same atomic update, so what is emitted is the stored state and a
// later seq never carries an older state. Clients keep, per question, the highest seq they saw.
import { liveModRoom, liveRoom } from '@shared/events/live';
import { PUBLIC_STATES, type QuestionState } from '@shared/schemas/live';
import type { AppServer } from '../../realtime/io';
import { loadAuthorNames } from '../../auth/authors';
import {
  LiveQuestionModel,
  LiveSessionModel,
  type LiveQuestionDoc,
  type LiveSessionDoc,
} from './model';
import { presentQuestion, presentSession } from './present';

/** The room's next sequence number (atomic across nodes: one counter on the session). */
export async function nextSeq(sessionId: string): Promise<number> {
  const session = await LiveSessionModel.findOneAndUpdate(
    { _id: sessionId },
    { $inc: { seq: 1 } },
    { new: true },
  ).lean();
  return session?.seq ?? 0;
}

/** Stamps the question with the next seq and returns its stored state. */
export async function stampQuestion(question: {
  _id: unknown;
  sessionId: string;
}): Promise<LiveQuestionDoc | null> {
  const seq = await nextSeq(question.sessionId);
  return (await LiveQuestionModel.findOneAndUpdate(
    { _id: question._id },
    { $max: { seq } },
    { new: true },
  ).lean()) as LiveQuestionDoc | null;
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
  const names = await loadAuthorNames(questions.map((q) => q.authorId));
  for (const question of questions) {
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

/** Stamps and emits one changed question. */
export async function publishQuestion(
  io: AppServer,
  question: { _id: unknown; sessionId: string },
  previousState?: QuestionState,
): Promise<LiveQuestionDoc | null> {
  const stored = await stampQuestion(question);
  if (stored) await emitQuestions(io, [stored], new Map([[String(stored._id), previousState]]));
  return stored;
}

/** Stamps the session with the next seq and emits it to both rooms. */
export async function publishSession(
  io: AppServer,
  sessionId: string,
): Promise<LiveSessionDoc | null> {
  const session = (await LiveSessionModel.findOneAndUpdate(
    { _id: sessionId },
    { $inc: { seq: 1 } },
    { new: true },
  ).lean()) as LiveSessionDoc | null;
  if (session) io.to(liveRoom(sessionId)).emit('live:session', await presentSession(session));
  return session;
}
