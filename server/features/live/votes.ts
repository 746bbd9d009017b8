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
import { changeQuestion, emitQuestions, reserveSeqs } from './broadcast';
import { retryTransient } from '../../db/retry';
import { withLock } from '../../db/lock';
import { LiveVoteCountModel, LiveVoteModel, voteId, type LiveQuestionDoc } from './model';
import { insertVote } from './vote-rows';
import { findQuestion } from './questions';
import { assertOpen, findSession, liveSubject } from './sessions';
import { cachedQuestion, cachedSession } from './read-cache';
import { registerGauge } from '../../metrics';

export const VOTE_BROADCAST_INTERVAL_MS = 250;
const VOTABLE = ['visible', 'answering', 'answered'];
/** This process's name on its counter documents. */
const NODE_ID = randomBytes(6).toString('hex');

/** Per question: votes inserted minus deleted through this node, not yet added to its counter. */
const pending = new Map<string, { sessionId: string; delta: number }>();
registerGauge(
  'motesplats_live_vote_pending_counts',
  'Questions whose vote count changes wait for the next counter flush',
  () => pending.size,
);

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

/** Adds this node's pending deltas of one session to its counter document (one update). */
async function addToCounters(sessionId: string, deltas: Array<[string, number]>): Promise<void> {
  const inc = Object.fromEntries(
    deltas.filter(([, d]) => d !== 0).map(([questionId, d]) => [`counts.${questionId}`, d]),
  );
  if (Object.keys(inc).length === 0) return;
  const _id = `${sessionId}:${NODE_ID}`;
  await withLock(`count:${_id}`, () =>
    retryTransient(() =>
      LiveVoteCountModel.updateOne(
        { _id },
        { $inc: inc, $setOnInsert: { sessionId } },
        { upsert: true },
      ),
    ),
  );
}

/** The stored counts of a session's questions: the sum of every node's counters. */
export async function sessionCounts(sessionId: string): Promise<Map<string, number>> {
  const documents = await LiveVoteCountModel.find({ sessionId }).lean();
  const totals = new Map<string, number>();
  for (const doc of documents) {
    const counts = (doc.counts ?? {}) as Record<string, number> | Map<string, number>;
    const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
    for (const [questionId, n] of entries) {
      totals.set(questionId, (totals.get(questionId) ?? 0) + (n ?? 0));
    }
  }
  return totals;
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
  if (isBannedFromLive(user, liveSubject(session)))
    throw forbidden('You may no longer vote in this session');
  if (!VOTABLE.includes(question.state)) {
    throw conflict(`A ${question.state} question cannot be voted on`);
  }
  const questionId = String(question._id);
  const rowId = voteId(questionId, user.id);
  // One change of a person's vote at a time (per node): their votes and take-backs apply in the
  // order they arrive, and each one's outcome (stored or not, deleted or not) moves the count.
  // FerretDB gives concurrent writes to one row no isolation; this does not rely on it.
  const delta = await withLock(`vote:${rowId}`, async () => {
    if (input.up) return (await insertVote(questionId, question.sessionId, user.id)) ? 1 : 0;
    const removed = await retryTransient(() => LiveVoteModel.deleteOne({ _id: rowId }));
    return removed.deletedCount === 1 ? -1 : 0;
  });
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

/**
 * Stores and announces the count of every question whose votes changed since the last flush.
 * Per session: one counter update, one read of all nodes' counters, one block of seqs, then one
 * update per changed question.
 */
export async function flushVotes(io: AppServer): Promise<void> {
  if (pending.size === 0) return;
  const bySession = new Map<string, Array<[string, number]>>();
  for (const [questionId, { sessionId, delta }] of pending) {
    const list = bySession.get(sessionId) ?? [];
    list.push([questionId, delta]);
    bySession.set(sessionId, list);
  }
  pending.clear();
  const stored: LiveQuestionDoc[] = [];
  let failure: unknown;
  for (const [sessionId, deltas] of bySession) {
    try {
      await addToCounters(sessionId, deltas);
    } catch (error) {
      // Not added: the deltas wait for the next flush instead of being lost.
      for (const [questionId, delta] of deltas) {
        if (delta !== 0) adjustCount(questionId, sessionId, delta);
        else touch(questionId, sessionId);
      }
      failure ??= error;
      continue;
    }
    try {
      await storeCounts(sessionId, deltas, stored);
    } catch (error) {
      // Counted, but the questions' stored counts may lag: the next flush stores them again.
      for (const [questionId] of deltas) touch(questionId, sessionId);
      failure ??= error;
    }
  }
  await emitQuestions(io, stored);
  if (failure !== undefined) throw failure;
}

/** Marks a question for the next flush without changing its count. */
function touch(questionId: string, sessionId: string): void {
  if (!pending.has(questionId)) pending.set(questionId, { sessionId, delta: 0 });
}

/** Stores each question's count (the sum of every node's counters) with the room's next seq. */
async function storeCounts(
  sessionId: string,
  deltas: Array<[string, number]>,
  stored: LiveQuestionDoc[],
): Promise<void> {
  const totals = await sessionCounts(sessionId);
  let seq = (await reserveSeqs(sessionId, deltas.length)) - deltas.length;
  for (const [questionId] of deltas) {
    seq += 1;
    const votes = totals.get(questionId) ?? 0;
    const changed = await changeQuestion({ _id: questionId, sessionId }, {}, { votes }, [], seq);
    if (changed) stored.push(changed);
  }
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
