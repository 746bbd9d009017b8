// Claims a lifecycle step for this caller: inserting the (proposalId, key) pair succeeds for
// exactly one of any number of concurrent attempts, on any number of nodes.
import { ProposalTransition } from './model';
import { retryTransient } from '../../db/retry';

export async function claimStep(proposalId: string, key: string): Promise<boolean> {
  try {
    await retryTransient(() => ProposalTransition.create({ proposalId, key }));
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}
