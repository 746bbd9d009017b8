// Votes: one per person and question (the vote row's _id), idempotent, can be taken back. A
// counter moves only after a row was really inserted or deleted, and each app node keeps its own
// counter document per question, so concurrent votes through several nodes never overwrite each
// other's counts. Every 250 ms the node adds what it saw to its counters, stores each changed
// question's count (the sum of its counters) and announces it: at most four updates a second per
// question, with the stored count. The votes of each flush go into one audit entry per session.
import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../audit/service';
import type { AppServer } from '../../realtime/io';
import { announcer, type Announcer } from '../../realtime/rooms';
import type { Logger } from '../../logger';
import { announceQuestions, changeQuestion, reserveSeqs } from './broadcast';
import { retryTransient } from '../../db/retry';
import { withLock } from '../../db/lock';
import { LiveVoteCountModel, LiveVoteModel, voteId, type LiveQuestionDoc } from './model';
import { insertVote } from './vote-rows';
import { registerGauge } from '../../metrics';

export const VOTE_BROADCAST_INTERVAL_MS = 250;
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

/**
 * Stores one person's vote (or takes it back): one write of the vote row (its _id is the person
 * and the question), no read before it. Returns how the count moved (+1, -1 or 0 when nothing
 * changed: voted already, or nothing to take back).
 */
export async function storeVote(
  questionId: string,
  sessionId: string,
  userId: string,
  up: boolean,
): Promise<number> {
  const rowId = voteId(questionId, userId);
  // One change of a person's vote at a time (per node): their votes and take-backs apply in the
  // order they arrive, and each one's outcome (stored or not, deleted or not) moves the count.
  // FerretDB gives concurrent writes to one row no isolation; this does not rely on it.
  const delta = await withLock(`vote:${rowId}`, async () => {
    if (up) return (await insertVote(questionId, sessionId, userId)) ? 1 : 0;
    const removed = await retryTransient(() => LiveVoteModel.deleteOne({ _id: rowId }));
    return removed.deletedCount === 1 ? -1 : 0;
  });
  adjustCount(questionId, sessionId, delta);
  return delta;
}

/** The count as this node knows it: stored as of the last flush plus this node's votes since. */
export const knownCount = (question: LiveQuestionDoc): number =>
  (question.votes ?? 0) + (pending.get(String(question._id))?.delta ?? 0);

/** One vote as the audit log keeps it: who, on what, which way, from where, when. */
interface AuditedVote {
  userId: string;
  questionId: string;
  vote: 'add' | 'remove';
  ip?: string;
  at: Date;
}
/** Votes not yet in the audit log, per session. */
const unaudited = new Map<string, AuditedVote[]>();
const VOTES_PER_AUDIT_ENTRY = 500;

/**
 * Keeps a vote for the next batched audit entry: at a thousand votes a second, one hash-chained
 * entry per vote would be most of the database's work, so each flush writes one entry per session
 * (at most VOTES_PER_AUDIT_ENTRY votes each) that lists who voted on what.
 */
export function auditVote(sessionId: string, vote: AuditedVote): void {
  const list = unaudited.get(sessionId) ?? [];
  list.push(vote);
  unaudited.set(sessionId, list);
}

/** Writes the batched audit entries of the votes since the last flush. */
export async function flushVoteAudit(): Promise<void> {
  if (unaudited.size === 0) return;
  const batches = [...unaudited];
  unaudited.clear();
  const writes: Array<Promise<void>> = [];
  for (const [sessionId, votes] of batches) {
    for (let start = 0; start < votes.length; start += VOTES_PER_AUDIT_ENTRY) {
      const part = votes.slice(start, start + VOTES_PER_AUDIT_ENTRY);
      writes.push(
        recordAudit({
          actor: 'system',
          action: 'live.votes',
          subject: { type: 'liveSession', id: sessionId },
          after: { votes: part },
        }).catch((error: unknown) => {
          // Not written: kept for the next flush instead of being lost.
          for (const vote of part) auditVote(sessionId, vote);
          throw error;
        }),
      );
    }
  }
  const results = await Promise.allSettled(writes);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Stores and announces the count of every question whose votes changed since the last flush.
 * Per session: one counter update, one read of all nodes' counters, one block of seqs, then one
 * update per changed question.
 */
export async function flushVotes(rooms: Announcer): Promise<void> {
  // Settled here, so a failure of the counts below never leaves it unhandled.
  const audited = flushVoteAudit().then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  if (pending.size === 0) {
    const failed = await audited;
    if (failed) throw failed.error;
    return;
  }
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
  try {
    await announceQuestions(
      rooms,
      stored.map((question) => ({ question })),
    );
  } finally {
    const failed = await audited;
    failure ??= failed?.error;
  }
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
  const rooms = announcer(io);
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = flushVotes(rooms)
      .catch((error: unknown) => logger.error({ err: error }, 'vote broadcast failed'))
      .finally(() => {
        running = undefined;
      });
  }, VOTE_BROADCAST_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await flushVotes(rooms).catch(() => undefined);
  };
}
