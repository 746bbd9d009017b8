// Retries a write that failed for a transient reason. MongoDB labels such errors; FerretDB on
// SQLite answers "database is locked (SQLITE_BUSY)" when many writes arrive at once (200 people
// signing in the same second). Only used for writes that are safe to repeat (conditional or
// idempotent through a unique index).
import { setTimeout as sleep } from 'node:timers/promises';

const ATTEMPTS = 10;

export function isTransient(error: unknown): boolean {
  const e = error as {
    message?: unknown;
    errmsg?: unknown;
    errorLabels?: unknown;
    errorLabelSet?: Set<string>;
  };
  // `errmsg`: the error of one row of a bulk write.
  const message = [e?.message, e?.errmsg].filter((m) => typeof m === 'string').join(' ');
  if (message.includes('SQLITE_BUSY') || message.includes('database is locked')) return true;
  const labels = Array.isArray(e?.errorLabels)
    ? (e.errorLabels as string[])
    : [...(e?.errorLabelSet ?? [])];
  return labels.includes('TransientTransactionError') || labels.includes('RetryableWriteError');
}

export async function retryTransient<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
      // Jittered exponential backoff, so the retries do not collide again.
      await sleep(Math.min(500, 10 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}
