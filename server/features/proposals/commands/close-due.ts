// The signing deadline passed: the proposal closes as `referred` when it reached its threshold,
// else `closed`. Run by the scheduler (the system), never by a person. Safe on several nodes at
// once: the claim (a unique index, see claim.ts) lets exactly one run win each proposal, and the
// conditional update (still open, deadline passed) guards the write itself.
import { trusted } from 'mongoose';
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { retryTransient } from '../../../db/retry';
import { announceProposal, followStep } from '../announce';
import { claimStep } from '../claim';
import { timelineEntry, type StepResult } from '../lifecycle';
import { Proposal, Signature } from '../model';

export const closeDueProposal = defineCommand({
  name: 'proposal.close_due',
  input: z.object({ id: IdSchema, at: z.date(), threshold: z.number() }),
  policy: 'system',
  async work({ input: { id, at, threshold } }): Promise<StepResult | null> {
    // Whoever inserts the claim closes it; every other run (or node) moves on.
    if (!(await claimStep(id, 'leave:open'))) return null;
    const count = await Signature.countDocuments({ proposalId: id });
    const reached = count >= threshold;
    const status = reached ? 'referred' : 'closed';
    const kind = reached ? 'threshold_reached' : 'closed';
    const updated = await retryTransient(() =>
      Proposal.findOneAndUpdate(
        { _id: id, status: 'open', closesAt: trusted({ $lte: at }) },
        {
          $set: { status, signatureCount: count },
          $push: { timeline: timelineEntry({ kind, status }, at) },
        },
        { returnDocument: 'after' },
      ),
    );
    return updated ? { proposal: updated, kind } : null;
  },
  audit: (result) =>
    result && {
      action: `proposal.${result.kind}`,
      subject: { type: 'proposal', id: String(result.proposal._id) },
      after: { status: result.proposal.status, signatureCount: result.proposal.signatureCount },
    },
  announce: async (result, _s, rooms) => {
    if (result) await announceProposal(rooms, String(result.proposal._id));
  },
  followUp: async (result, { app }) => {
    if (result) await followStep(app, result.proposal, result.kind);
  },
  present: (result) => (result ? String(result.proposal._id) : null),
});
