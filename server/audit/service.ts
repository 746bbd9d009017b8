// Writes audit entries. Entries are queued and written in batches so that a burst of state
// changes (thousands of votes) costs one insert per batch; the unique `seq` keeps the chain
// linear across several app nodes: on a clash the batch is re-chained on the new head.
import type { Request } from 'express';
import { AuditEntry } from './model';
import { GENESIS_HASH, hashEntry } from './hash';
import { retryTransient } from '../db/retry';
import { storedForm } from './stored-form';

export interface AuditInput {
  actor: string;
  action: string;
  subject: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  ip?: string;
}

interface Pending {
  input: AuditInput;
  at: Date;
  resolve: () => void;
  reject: (error: unknown) => void;
}

let queue: Pending[] = [];
let writing: Promise<void> | undefined;

// The head this node wrote last (per database): reading it back sorts the whole log on FerretDB
// (seconds at 30,000 entries), so it is read only at start and after another node's write clashed.
let knownHead: { db: string; seq: number; hash: string } | undefined;

async function head(): Promise<{ seq: number; hash: string }> {
  const db = AuditEntry.db.name;
  if (knownHead?.db === db) return knownHead;
  const last = await AuditEntry.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean();
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

async function writeBatch(batch: Pending[]): Promise<void> {
  let remaining = batch;
  for (let attempt = 0; attempt < 50 && remaining.length > 0; attempt++) {
    let { seq, hash } = await head();
    const docs = remaining.map(({ input, at }) => {
      seq += 1;
      // Hashed in the form the database stores, so the stored entry re-hashes to its hash.
      const entry = storedForm({ ...input, at, seq, prevHash: hash });
      hash = hashEntry(entry);
      return { ...entry, hash };
    });
    try {
      // A busy SQLite stored none of the batch (one transaction): trying again is safe.
      await retryTransient(() => AuditEntry.insertMany(docs, { ordered: true }));
      knownHead = { db: AuditEntry.db.name, seq, hash };
      return;
    } catch (error) {
      knownHead = undefined;
      const { code, insertedDocs } = error as { code?: number; insertedDocs?: unknown[] };
      if (code !== 11000) throw error;
      // Another node extended the chain meanwhile. What we wrote before the clash is a valid
      // continuation and stays (append-only); the rest is chained again on the new head.
      remaining = remaining.slice(insertedDocs?.length ?? 0);
    }
  }
  if (remaining.length > 0) throw new Error('audit chain contention: gave up');
}

async function drain(): Promise<void> {
  while (queue.length > 0) {
    const batch = queue.slice(0, 500);
    queue = queue.slice(batch.length);
    try {
      await writeBatch(batch);
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
  writing = undefined;
}

/** Appends an entry; resolves once it is stored. */
export function recordAudit(input: AuditInput): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    queue.push({ input, at: new Date(), resolve, reject });
    writing ??= drain();
  });
}

/** The client address for the audit entry (behind a trusted proxy, Express resolves it). */
export function requestIp(req: Pick<Request, 'ip'>): string | undefined {
  return req.ip;
}
