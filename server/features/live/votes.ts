// Votes: one per person and question (the vote row's _id), idempotent, can be taken back. A
// counter moves only after a row was really inserted or deleted, and each app node keeps its own
// counter document per question, so concurrent votes through several nodes never overwrite each
// other's counts. Every 250 ms the node adds what it saw to its counters, stores each changed
// question's count (the sum of its counters) and announces it: at most four updates a second per
// question, with the stored count.
import { randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, forbidden } from '../../errors';
import { authorize } from '../../policies/authorize';
import { isBannedFromLive } from '../../policies/live';
import type { AppServer } from '../../realtime/io';
import type { Logger } from '../../logger';
import { changeQuestion, emitQuestions } from './broadcast';
import { withLock } from './lock';
import { LiveVoteCountModel, LiveVoteModel, voteId, type LiveQuestionDoc } from './model';
import { findQuestion } from './questions';
import { assertOpen, findSession } from './sessions';
import { cachedQuestion, cachedSession } from './read-cache';

export const VOTE_BROADCAST_INTERVAL_MS = 250;
const VOTABLE = ['visible', 'answering', 'answered'];
/** This process's name on its counter documents. */
const NODE_ID = randomBytes(6).toString('hex');

/** Per question: votes inserted minus deleted through this node, not yet added to its counter. */
const pending = new Map<string, { sessionId: string; delta: number }>();

/**
 * Records that a vote row was inserted (+1) or deleted (-1) through this node. The node's counter
 * document takes the sum at the next flush (one write per question, not per vote); if the process
 * dies first, closing the session recounts from the rows.
 */
export function adjustCount(questionId: string, sessionId: string, delta: number): void {
  if (delta === 0) return;
  const entry = pending.get(questionId) ?? { sessionId, delta: 0 };
  entry.delta += delta;
  pending.set(questionId, entry);
}

async function addToCounter(questionId: string, sessionId: string, delta: number): Promise<void> {
  const _id = `${questionId}:${NODE_ID}`;
  await withLock(`count:${_id}`, () =>
    LiveVoteCountModel.updateOne(
      { _id },
      { $inc: { n: delta }, $setOnInsert: { questionId, sessionId } },
      { upsert: true },
    ),
  );
}

/** The stored count of a question: the sum of every node's counter. */
export async function countVotes(questionId: string): Promise<number> {
  const counters = await LiveVoteCountModel.find({ questionId }, { n: 1 }).lean();
  return counters.reduce((sum, c) => sum + (c.n ?? 0), 0);
}

/** Inserts a vote row; false when the person had already voted. */
export async function insertVote(
  questionId: string,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  try {
    await LiveVoteModel.create({ _id: voteId(questionId, userId), questionId, sessionId, userId });
    return true;
  } catch (error) {
    // Voting twice is not an error: the vote is already there.
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}

export async function castVote(
  user: CurrentUser | undefined,
  input: { questionId: string; up: boolean },
  ip?: string,
): Promise<{ questionId: string; votes: number; voted: boolean }> {
  authorize(user, () => true);
  const question = await cachedQuestion(input.questionId, () => findQuestion(input.questionId));
  const session = await cachedSession(question.sessionId, () => findSession(question.sessionId));
  assertOpen(session);
  if (isBannedFromLive(user, session)) throw forbidden('You may no longer vote in this session');
  if (!VOTABLE.includes(question.state)) {
    throw conflict(`A ${question.state} question cannot be voted on`);
  }
  const questionId = String(question._id);
  let delta: number;
  if (input.up) {
    delta = (await insertVote(questionId, question.sessionId, user.id)) ? 1 : 0;
  } else {
    const removed = await LiveVoteModel.deleteOne({ _id: voteId(questionId, user.id) });
    delta = removed.deletedCount === 1 ? -1 : 0;
  }
  if (delta !== 0) {
    adjustCount(questionId, question.sessionId, delta);
    await recordAudit({
      actor: user.id,
      action: input.up ? 'live.vote.add' : 'live.vote.remove',
      subject: { type: 'liveQuestion', id: questionId },
      ip,
    });
  }
  // The stored count as of the last flush plus this node's votes since (exact on one node).
  const votes = (question.votes ?? 0) + (pending.get(questionId)?.delta ?? 0);
  return { questionId, votes, voted: input.up };
}

/** Stores and announces the count of every question whose votes changed since the last flush. */
export async function flushVotes(io: AppServer): Promise<void> {
  if (pending.size === 0) return;
  const batch = [...pending];
  pending.clear();
  const stored: LiveQuestionDoc[] = [];
  for (const [questionId, { sessionId, delta }] of batch) {
    if (delta !== 0) await addToCounter(questionId, sessionId, delta);
    const votes = await countVotes(questionId);
    const changed = await changeQuestion({ _id: questionId, sessionId }, {}, { votes });
    if (changed) stored.push(changed);
  }
  await emitQuestions(io, stored);
}

/** Starts the periodic vote broadcast; returns how to stop it (flushing what is left). */
export function startVoteBroadcasts(io: AppServer, logger: Logger): () => Promise<void> {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = flushVotes(io)
      .catch((error: unknown) => logger.error({ err: error }, 'vote broadcast failed'))
      .finally(() => {
        running = undefined;
      });
  }, VOTE_BROADCAST_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await flushVotes(io).catch(() => undefined);
  };
}
