// The signing deadline: a tick closes every open proposal whose closesAt has passed, as `referred`
// when it reached its threshold, else `closed`. Safe on several nodes at once: a claim (a unique
// index, see claim.ts) lets exactly one run win each proposal; the losers do nothing, and the
// conditional update (still open, deadline passed) guards the write itself.
import { trusted } from 'mongoose';
import type { AppContext } from '../../context';
import { audit } from './audit';
import { retryTransient } from '../../db/retry';
import { now } from './clock';
import { Proposal, Signature } from './model';
import { timelineEntry } from './service';
import { announceStep } from './announce';
import { claimStep } from './claim';

export const TICK_MS = 60_000;

/** Closes what is due at `at`; answers the ids this run closed. */
export async function closeDueProposals(ctx: AppContext, at: Date = now()): Promise<string[]> {
  const due = await Proposal.find(
    { status: 'open', closesAt: trusted({ $lte: at }) },
    { _id: 1, threshold: 1 },
  ).lean();
  const closed: string[] = [];
  for (const candidate of due) {
    const id = String(candidate._id);
    // Whoever inserts the claim closes it; every other run (or node) moves on.
    if (!(await claimStep(id, 'leave:open'))) continue;
    const count = await Signature.countDocuments({ proposalId: id });
    const reached = count >= candidate.threshold;
    const status = reached ? 'referred' : 'closed';
    const kind = reached ? 'threshold_reached' : 'closed';
    const updated = await retryTransient(() =>
      Proposal.findOneAndUpdate(
        { _id: id, status: 'open', closesAt: trusted({ $lte: at }) },
        {
          $set: { status, signatureCount: count },
          $push: { timeline: timelineEntry({ kind, status }, at) },
          $inc: { seq: 1 },
        },
        { returnDocument: 'after' },
      ),
    );
    if (!updated) continue;
    closed.push(id);
    await audit({
      actor: 'system',
      action: `proposal.${kind}`,
      subject: { type: 'proposal', id },
      after: { status, signatureCount: count },
    });
    await announceStep(ctx, updated, kind);
  }
  return closed;
}

/** Starts the periodic tick; answers how to stop it. */
export function startDeadlineScheduler(ctx: AppContext): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = closeDueProposals(ctx)
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'closing due proposals failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
