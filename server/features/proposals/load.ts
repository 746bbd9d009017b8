// Loading a proposal for a command: the proposal the caller may see, or 404 (hidden ones are
// indistinguishable from missing ones).
import type { CurrentUser } from '../../auth/current-user';
import { notFound } from '../../errors';
import { isObjectId } from '../../db/ids';
import { canViewProposal } from '../../policies/proposals';
import { Proposal, type ProposalDocument } from './model';

/** The proposal for staff commands (the policy decides who may act on it), or 404. */
export async function loadProposal(id: string): Promise<ProposalDocument> {
  const proposal = isObjectId(id) ? await Proposal.findById(id) : null;
  if (!proposal) throw notFound('No such proposal');
  return proposal;
}

export async function loadVisible(
  id: string,
  user: CurrentUser | undefined,
): Promise<ProposalDocument> {
  const proposal = isObjectId(id) ? await Proposal.findById(id) : null;
  if (!proposal || !canViewProposal(user, proposal)) throw notFound('No such proposal');
  return proposal;
}
