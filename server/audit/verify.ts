// Walks the audit chain in seq order and names the first entry that breaks it: a gap in seq (a
// deleted entry), a prevHash that is not the previous entry's hash, or a hash that does not match
// the entry's content (an edited entry). Deleting entries from the very end leaves a shorter valid
// chain; the last seq and hash are printed so they can be compared with a copy kept elsewhere.
import { AuditEntry } from './model';
import { GENESIS_HASH, hashEntry } from './hash';

export interface ChainReport {
  ok: boolean;
  checked: number;
  lastSeq: number;
  lastHash: string;
  broken?: { seq: number; reason: 'gap' | 'prev_hash' | 'hash' };
}

export async function verifyAuditChain(): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const cursor = AuditEntry.find({}).sort({ seq: 1 }).lean().cursor({ batchSize: 500 });
  for await (const entry of cursor) {
    const report = (reason: 'gap' | 'prev_hash' | 'hash', seq: number): ChainReport => ({
      ok: false,
      checked,
      lastSeq: expectedSeq - 1,
      lastHash: prevHash,
      broken: { seq, reason },
    });
    if (entry.seq !== expectedSeq) return report('gap', expectedSeq);
    if (entry.prevHash !== prevHash) return report('prev_hash', entry.seq);
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
    if (recomputed !== entry.hash) return report('hash', entry.seq);
    prevHash = entry.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, lastSeq: expectedSeq - 1, lastHash: prevHash };
}
