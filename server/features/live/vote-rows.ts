// Storing vote rows: rows arriving together are inserted with one unordered insertMany (each write
// on FerretDB/SQLite is a transaction; one per batch instead of one per vote). A duplicate key
// fails only its own row (the person had voted already). A row refused for a transient reason
// (SQLite busy) goes back into the queue, and only that row: rows of the same batch that were
// stored stay stored and counted, so nothing is counted twice or not at all.
import { setTimeout as sleep } from 'node:timers/promises';
import { isTransient } from '../../db/retry';
import { registerGauge } from '../../metrics';
import { LiveVoteModel, voteId } from './model';

const BATCH = 500;
const ATTEMPTS = 10;

interface QueuedVote {
  doc: { _id: string; questionId: string; sessionId: string; userId: string; createdAt: Date };
  attempts: number;
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
    };
    queued.push({ doc, attempts: 0, resolve, reject });
    if (!draining) {
      draining = true;
      setImmediate(() => void drain());
    }
  });
}

/** Again later, or give up after ATTEMPTS. */
function retryLater(vote: QueuedVote, error: unknown): boolean {
  vote.attempts += 1;
  if (vote.attempts >= ATTEMPTS) {
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
      const writeErrors = (error as { writeErrors?: Array<{ index: number; code?: number }> })
        .writeErrors;
      if (!Array.isArray(writeErrors)) {
        for (const b of batch) {
          if (isTransient(error)) retrying = retryLater(b, error) || retrying;
          else b.reject(error);
        }
      } else {
        const failed = new Map(writeErrors.map((e) => [e.index, e]));
        batch.forEach((b, index) => {
          const rowError = failed.get(index);
          if (!rowError) b.resolve(true);
          // Voting twice is not an error: the vote is already there.
          else if (rowError.code === 11000) b.resolve(false);
          else if (isTransient(rowError)) retrying = retryLater(b, error) || retrying;
          else b.reject(error);
        });
      }
    }
    // Jittered pause before retrying, so the database can finish what keeps it busy.
    if (retrying) await sleep(20 + Math.random() * 80);
  }
  draining = false;
}
