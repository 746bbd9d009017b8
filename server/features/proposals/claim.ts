// Claims a lifecycle step for this caller: inserting the (proposalId, key) pair succeeds for
// exactly one of any number of concurrent attempts, on any number of nodes.
import { ProposalTransition } from './model';
import { retryTransient } from '../../db/retry';
import { isDuplicateKey } from '../../db/errors';

export async function claimStep(proposalId: string, key: string): Promise<boolean> {
  try {
    await retryTransient(() => ProposalTransition.create({ proposalId, key }));
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}
