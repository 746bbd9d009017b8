// The signing deadline: a tick finds every open proposal whose closesAt has passed and closes each
// through the close-due command (commands/close-due.ts), as the system.
import { trusted } from 'mongoose';
import type { AppContext } from '../../context';
import { runCommand, SYSTEM } from '../../commands/run';
import { now } from './clock';
import { Proposal } from './model';
import { closeDueProposal } from './commands/close-due';

export const TICK_MS = 60_000;

/** Closes what is due at `at`; answers the ids this run closed. */
export async function closeDueProposals(app: AppContext, at: Date = now()): Promise<string[]> {
  const due = await Proposal.find(
    { status: 'open', closesAt: trusted({ $lte: at }) },
    { _id: 1, threshold: 1 },
  ).lean();
  const closed: string[] = [];
  for (const candidate of due) {
    const id = await runCommand(app, closeDueProposal, SYSTEM, {
      id: String(candidate._id),
      at,
      threshold: candidate.threshold,
    });
    if (id) closed.push(id);
  }
  return closed;
}

/** Starts the periodic tick; answers how to stop it. */
export function startDeadlineScheduler(app: AppContext): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = closeDueProposals(app)
      .catch((error: unknown) => app.logger.error({ err: error }, 'closing due proposals failed'))
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
