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

/** Adds this node's pending deltas of one session to its counter document (one update). */
async function addToCounters(sessionId: string, deltas: Array<[string, number]>): Promise<void> {
  const inc = Object.fromEntries(
    deltas.filter(([, d]) => d !== 0).map(([questionId, d]) => [`counts.${questionId}`, d]),
  );
  if (Object.keys(inc).length === 0) return;
  const _id = `${sessionId}:${NODE_ID}`;
  await withLock(`count:${_id}`, () =>
    LiveVoteCountModel.updateOne(
      { _id },
      { $inc: inc, $setOnInsert: { sessionId } },
      { upsert: true },
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

interface QueuedVote {
  doc: { _id: string; questionId: string; sessionId: string; userId: string; createdAt: Date };
  resolve: (inserted: boolean) => void;
  reject: (error: unknown) => void;
}
let queued: QueuedVote[] = [];
let draining = false;

/**
 * Inserts a vote row; false when the person had already voted. Rows arriving together are
 * inserted with one unordered insertMany (each write on FerretDB/SQLite is a transaction; one per
 * batch instead of one per vote); a duplicate key fails only its own row.
 */
export function insertVote(
  questionId: string,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const doc = {
      _id: voteId(questionId, userId),
      questionId,
      sessionId,
      userId,
      createdAt: new Date(),
    };
    queued.push({ doc, resolve, reject });
    if (!draining) {
      draining = true;
      setImmediate(() => void drainVotes());
    }
  });
}

async function drainVotes(): Promise<void> {
  while (queued.length > 0) {
    const batch = queued.slice(0, 500);
    queued = queued.slice(batch.length);
    try {
      // The native driver: mongoose would cast and validate each row again.
      const rows = batch.map((b) => b.doc) as unknown as Parameters<
        typeof LiveVoteModel.collection.insertMany
      >[0];
      await LiveVoteModel.collection.insertMany(rows, { ordered: false });
      for (const b of batch) b.resolve(true);
    } catch (error) {
      const writeErrors = (error as { writeErrors?: Array<{ index: number; code?: number }> })
        .writeErrors;
      if (!Array.isArray(writeErrors)) {
        for (const b of batch) b.reject(error);
        continue;
      }
      const failed = new Map(writeErrors.map((e) => [e.index, e.code]));
      batch.forEach((b, index) => {
        if (!failed.has(index)) b.resolve(true);
        // Voting twice is not an error: the vote is already there.
        else if (failed.get(index) === 11000) b.resolve(false);
        else b.reject(error);
      });
    }
  }
  draining = false;
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
  for (const [sessionId, deltas] of bySession) {
    await addToCounters(sessionId, deltas);
    const totals = await sessionCounts(sessionId);
    let seq = (await reserveSeqs(sessionId, deltas.length)) - deltas.length;
    for (const [questionId] of deltas) {
      seq += 1;
      const votes = totals.get(questionId) ?? 0;
      const changed = await changeQuestion({ _id: questionId, sessionId }, {}, { votes }, [], seq);
      if (changed) stored.push(changed);
    }
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
