// Keeps a proposal's stored signatureCount equal to its stored signatures, without $inc.
//
// recountOnce: count, write, count again; if the fresh count differs, someone signed or withdrew
// meanwhile, so go round again. Whoever writes last therefore wrote a count that was still true
// after its write, and a change after that belongs to a request that writes (and checks) later:
// the stored count settles on the true number, across any number of nodes.
//
// recount: on one node, concurrent requests for the same proposal share runs. A caller waits for
// a run that starts after its own write; all callers arriving during a run share the next one, so
// 200 people signing at once cost a handful of recounts instead of 200 contending loops.
import { Proposal, Signature } from './model';
import { retryTransient } from '../../db/retry';

async function recountOnce(proposalId: string): Promise<number> {
  let count = await Signature.countDocuments({ proposalId });
  for (let round = 0; round < 50; round++) {
    const written = count;
    const updated = await retryTransient(() =>
      Proposal.findOneAndUpdate(
        { _id: proposalId },
        { $set: { signatureCount: written } },
        { returnDocument: 'after' },
      ),
    );
    if (!updated) return written;
    count = await Signature.countDocuments({ proposalId });
    if (count === written) return written;
  }
  return count;
}

interface Runs {
  current: Promise<number>;
  next?: Promise<number>;
}
const runs = new Map<string, Runs>();

function settle(proposalId: string, finished: Promise<number>): void {
  const entry = runs.get(proposalId);
  if (!entry || entry.current !== finished) return;
  if (entry.next) {
    const next = entry.next;
    runs.set(proposalId, { current: next });
    void next.finally(() => settle(proposalId, next)).catch(() => undefined);
  } else {
    runs.delete(proposalId);
  }
}

/** Recounts after the caller's write; answers the count that includes it. */
export function recount(proposalId: string): Promise<number> {
  const entry = runs.get(proposalId);
  if (!entry) {
    const current = recountOnce(proposalId);
    runs.set(proposalId, { current });
    void current.finally(() => settle(proposalId, current)).catch(() => undefined);
    return current;
  }
  entry.next ??= entry.current.catch(() => undefined).then(() => recountOnce(proposalId));
  return entry.next;
}
