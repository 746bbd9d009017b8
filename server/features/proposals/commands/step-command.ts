// A lifecycle step as a command: the proposal loaded for the caller, the step taken, its audit
// entry, the live update and, after it, the index and the followers. Each step (submit, review,
// refer, answer, decide) declares only what differs: its input, its policy and its transition.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import type { CurrentUser } from '../../../auth/current-user';
import { defineCommand, type Step } from '../../../commands/define';
import { announceProposal, followStep } from '../announce';
import { stepAudit, type StepResult } from '../lifecycle';
import { loadProposal, loadVisible } from '../load';
import type { ProposalDocument } from '../model';
import { presentProposal } from '../present';

const ProposalId = z.object({ id: IdSchema });

export function stepCommand<S extends z.ZodType<object>>(spec: {
  name: string;
  /** What the step takes besides the proposal's id (from the path). */
  input: S;
  policy: (user: CurrentUser, proposal: ProposalDocument) => boolean;
  /**
   * Staff steps load any proposal and let the policy answer 403; the author's steps load only
   * what the caller may see (404 otherwise).
   */
  by: 'staff' | 'author';
  step: (s: Step<z.output<S> & { id: string }, ProposalDocument>) => Promise<StepResult>;
}) {
  return defineCommand({
    name: spec.name,
    input: ProposalId.and(spec.input),
    load: ({ id }, actor) => (spec.by === 'staff' ? loadProposal(id) : loadVisible(id, actor.user)),
    policy: spec.policy,
    work: (s) => spec.step(s as Step<z.output<S> & { id: string }, ProposalDocument>),
    audit: stepAudit,
    announce: (result, _s, rooms) => announceProposal(rooms, String(result.proposal._id)),
    followUp: (result, { app }) => followStep(app, result.proposal, result.kind),
    present: (result, { user }) => presentProposal(result.proposal.toObject(), user),
  });
}
