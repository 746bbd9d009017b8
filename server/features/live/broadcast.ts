// Write first, then announce: after a change is stored, the question takes the room's next seq
// (server/realtime/rooms.ts: the room owns its sequence) in the same update, so what is announced
// is the stored state and a later seq never carries an older state. Clients keep, per question,
// the highest seq they saw.
import { liveModRoom, liveRoom } from '@shared/events/live';
import { PUBLIC_STATES, type QuestionState } from '@shared/schemas/live';
import { currentSeq, reserveSeq, type Announcer } from '../../realtime/rooms';
import { withLock } from '../../db/lock';
import { forgetSession, storedQuestion } from './read-cache';
import {
  LiveQuestionModel,
  LiveSessionModel,
  type LiveQuestionDoc,
  type LiveSessionDoc,
} from './model';
import { authorNames, namedIn, presentQuestion, presentSession } from './present';

/** The room's next sequence number. */
export function nextSeq(sessionId: string): Promise<number> {
  return reserveSeq(liveRoom(sessionId), 1);
}

/** Reserves `count` consecutive seqs of the session's room in one update; returns the last one. */
export function reserveSeqs(sessionId: string, count: number): Promise<number> {
  return reserveSeq(liveRoom(sessionId), count);
}

/** The session room's current seq (what a joining client starts from). */
export function sessionSeq(sessionId: string): Promise<number> {
  return currentSeq(liveRoom(sessionId));
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

/** A stored question and the state the public knew it in before the change. */
export interface QuestionChange {
  question: LiveQuestionDoc;
  previous?: QuestionState;
}

/**
 * Announces stored questions with the seq stamped on them when they were stored: the public view
 * to the session's room (when the public saw it before or sees it now), the moderators' view to
 * the moderators' room.
 */
export async function announceQuestions(
  rooms: Announcer,
  changes: QuestionChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const names = await authorNames(namedIn(changes.map((c) => c.question)));
  for (const [index, { question, previous }] of changes.entries()) {
    // A broadcast to thousands of sockets takes milliseconds of uninterrupted work; between
    // questions the event loop answers what is waiting (vote acknowledgements, other events).
    if (index > 0) await new Promise((resolve) => setImmediate(resolve));
    const modRoom = liveModRoom(question.sessionId);
    const seq = question.seq ?? 0;
    if (isPublic(question.state) || isPublic(previous)) {
      await rooms.announce(
        liveRoom(question.sessionId),
        'live:question',
        presentQuestion(question, names, 'public'),
        { seq, except: modRoom },
      );
    }
    await rooms.announce(modRoom, 'live:question', presentQuestion(question, names, 'moderator'), {
      seq,
    });
  }
}

/** Announces the stored session to its room with the room's next seq (read after it is taken). */
export async function announceSession(rooms: Announcer, sessionId: string): Promise<void> {
  forgetSession(sessionId);
  await rooms.announce(liveRoom(sessionId), 'live:session', async () => {
    const session = (await LiveSessionModel.findById(sessionId).lean()) as LiveSessionDoc | null;
    return session ? presentSession(session, 0) : null;
  });
}
