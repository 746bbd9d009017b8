// Walks the whole audit chain in seq order and reports every break, going on after each: a gap in
// seq (deleted entries), a prevHash that is not the previous entry's hash (a re-linked or forged
// entry), a hash that does not match the entry's content (an edited entry). Someone with database
// access could still rewrite or cut the tail consistently; published checkpoints (`{ seq, hash }`
// saved by others, see checkpoints.ts) catch that: an entry whose hash differs from a checkpoint,
// or a checkpoint beyond the chain's end.
import { AuditEntry } from './model';
import { GENESIS_HASH, hashEntry } from './hash';

export type BreakReason = 'gap' | 'prev_hash' | 'hash' | 'checkpoint' | 'cut';

export interface ChainBreak {
  seq: number;
  reason: BreakReason;
  /** For a gap: how many entries are missing from `seq` on. */
  missing?: number;
}

export interface Checkpoint {
  seq: number;
  hash: string;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  lastSeq: number;
  lastHash: string;
  breaks: ChainBreak[];
  /** The first break, if any. */
  broken?: ChainBreak;
  /** How many checkpoints were compared (when some were given). */
  checkpoints?: number;
}

/** Stops collecting after this many breaks (a wholesale rewrite would otherwise list them all). */
const MAX_BREAKS = 1_000;

export async function verifyAuditChain(
  options: { checkpoints?: readonly Checkpoint[] } = {},
): Promise<ChainReport> {
  const expected = new Map((options.checkpoints ?? []).map((c) => [c.seq, c.hash]));
  const breaks: ChainBreak[] = [];
  const note = (b: ChainBreak) => {
    if (breaks.length < MAX_BREAKS) breaks.push(b);
  };
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const cursor = AuditEntry.find({}).sort({ seq: 1 }).lean().cursor({ batchSize: 500 });
  for await (const entry of cursor) {
    // After a gap the previous link cannot be checked: the gap is the break.
    const afterGap = entry.seq > expectedSeq;
    if (afterGap) note({ seq: expectedSeq, reason: 'gap', missing: entry.seq - expectedSeq });
    if (!afterGap && entry.prevHash !== prevHash) note({ seq: entry.seq, reason: 'prev_hash' });
    const recomputed = hashEntry({
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      subject: { type: entry.subject?.type ?? '', id: entry.subject?.id ?? '' },
      before: entry.before,
      after: entry.after,
      ip: entry.ip,
      prevHash: entry.prevHash,
    });
    if (recomputed !== entry.hash) note({ seq: entry.seq, reason: 'hash' });
    const published = expected.get(entry.seq);
    if (published !== undefined && published !== entry.hash) {
      note({ seq: entry.seq, reason: 'checkpoint' });
    }
    // Go on from what is stored, so one edit is one break, not a break at every later entry.
    prevHash = entry.hash;
    expectedSeq = entry.seq + 1;
    checked += 1;
  }
  const lastSeq = expectedSeq - 1;
  // A checkpoint past the end: the tail was cut. One inside a gap is part of that gap already.
  for (const seq of [...expected.keys()].sort((a, b) => a - b)) {
    if (seq > lastSeq) note({ seq, reason: 'cut' });
  }
  breaks.sort((a, b) => a.seq - b.seq);
  return {
    ok: breaks.length === 0,
    checked,
    lastSeq,
    lastHash: prevHash,
    breaks,
    ...(breaks[0] ? { broken: breaks[0] } : {}),
    ...(options.checkpoints ? { checkpoints: expected.size } : {}),
  };
}
