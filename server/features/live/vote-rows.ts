// Storing vote rows: rows arriving together are inserted with one unordered insertMany (each write
// on FerretDB/SQLite is a transaction; one per batch instead of one per vote). A duplicate key
// fails only its own row (the person had voted already). A row refused for a transient reason
// (SQLite busy) goes back into the queue, and only that row: rows of the same batch that were
// stored stay stored and counted, so nothing is counted twice or not at all.
// When the answer is lost (the connection dies mid-write), a row may be stored or not: it is
// written again, and a duplicate key then reads the stored row's token to tell "stored by this
// attempt" (counted) from "voted before" (not counted). Such a row keeps trying longer than a busy
// one, because giving up on a row that is in fact stored would leave it uncounted.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isTransient } from '../../db/retry';
import { registerGauge } from '../../metrics';
import { LiveVoteModel, voteId } from './model';

const BATCH = 500;
const ATTEMPTS = 10;
/** A row whose first write may have been stored: about half a minute of tries. */
const UNCERTAIN_ATTEMPTS = 60;

interface QueuedVote {
  doc: {
    _id: string;
    questionId: string;
    sessionId: string;
    userId: string;
    createdAt: Date;
    /** This attempt's mark on the row, to recognise it after a lost answer. */
    token: string;
  };
  attempts: number;
  /** An earlier write of this row may have been stored without our hearing of it. */
  uncertain: boolean;
  resolve: (inserted: boolean) => void;
  reject: (error: unknown) => void;
}
let queued: QueuedVote[] = [];
let draining = false;
registerGauge('motesplats_live_vote_queue', 'Vote rows waiting to be stored', () => queued.length);

/** Inserts a vote row; false when the person had already voted. */
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
      token: randomUUID(),
    };
    queued.push({ doc, attempts: 0, uncertain: false, resolve, reject });
    if (!draining) {
      draining = true;
      setImmediate(() => void drain());
    }
  });
}

/** Again later, or give up after ATTEMPTS. */
function retryLater(vote: QueuedVote, error: unknown, uncertain = false): boolean {
  vote.attempts += 1;
  vote.uncertain ||= uncertain;
  if (vote.attempts >= (vote.uncertain ? UNCERTAIN_ATTEMPTS : ATTEMPTS)) {
    vote.reject(error);
    return false;
  }
  queued.push(vote);
  return true;
}

async function drain(): Promise<void> {
  while (queued.length > 0) {
    const batch = queued.slice(0, BATCH);
    queued = queued.slice(batch.length);
    let retrying = false;
    try {
      // The native driver: mongoose would cast and validate each row again.
      const rows = batch.map((b) => b.doc) as unknown as Parameters<
        typeof LiveVoteModel.collection.insertMany
      >[0];
      await LiveVoteModel.collection.insertMany(rows, { ordered: false });
      for (const b of batch) b.resolve(true);
    } catch (error) {
      const bulk = error as {
        writeErrors?: Array<{ index: number; code?: number }>;
        result?: { insertedCount?: number };
      };
      const writeErrors = Array.isArray(bulk.writeErrors) ? bulk.writeErrors : undefined;
      const settled = writeErrors && writeErrors.length + (bulk.result?.insertedCount ?? -1);
      if (!writeErrors || settled !== batch.length) {
        // No answer per row: each row may or may not be stored.
        const failed = new Map((writeErrors ?? []).map((e) => [e.index, e]));
        const duplicates: QueuedVote[] = [];
        batch.forEach((b, index) => {
          const rowError = failed.get(index);
          if (rowError?.code === 11000) duplicates.push(b);
          else if (rowError && !isTransient(rowError)) b.reject(error);
          else if (isTransient(error) || isTransient(rowError) || writeErrors) {
            retrying = retryLater(b, error, true) || retrying;
          } else b.reject(error);
        });
        retrying = (await settleDuplicates(duplicates, error)) || retrying;
      } else {
        const failed = new Map(writeErrors.map((e) => [e.index, e]));
        const duplicates: QueuedVote[] = [];
        batch.forEach((b, index) => {
          const rowError = failed.get(index);
          if (!rowError) b.resolve(true);
          // Voting twice is not an error: the vote is already there.
          else if (rowError.code === 11000) duplicates.push(b);
          else if (isTransient(rowError)) retrying = retryLater(b, error) || retrying;
          else b.reject(error);
        });
        retrying = (await settleDuplicates(duplicates, error)) || retrying;
      }
    }
    // Jittered pause before retrying, so the database can finish what keeps it busy.
    if (retrying) await sleep(20 + Math.random() * 80);
  }
  draining = false;
}

/**
 * Rows refused as duplicates: a row written before without an answer may be our own (its token
 * says so: stored by this vote, counted); otherwise the person had voted already. Returns whether
 * any row waits for another try (the read failed).
 */
async function settleDuplicates(rows: QueuedVote[], cause: unknown): Promise<boolean> {
  const unsure = rows.filter((b) => b.uncertain);
  for (const b of rows) if (!b.uncertain) b.resolve(false);
  if (unsure.length === 0) return false;
  try {
    const stored = await LiveVoteModel.collection
      .find({ _id: { $in: unsure.map((b) => b.doc._id) } } as never, { projection: { token: 1 } })
      .toArray();
    const tokens = new Map(
      stored.map((row) => [String(row._id), (row as { token?: string }).token]),
    );
    for (const b of unsure) b.resolve(tokens.get(b.doc._id) === b.doc.token);
    return false;
  } catch {
    let retrying = false;
    for (const b of unsure) retrying = retryLater(b, cause, true) || retrying;
    return retrying;
  }
}
