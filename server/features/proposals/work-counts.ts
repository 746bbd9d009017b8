// What proposals leave waiting for staff, for "Mitt arbete": proposals submitted for review.
import type { CurrentUser } from '../../auth/current-user';
import { canReviewProposals } from '../../policies/proposals';
import { Proposal } from './model';

/** Proposals waiting for review, for those who review them (else 0). */
export async function proposalsToReviewCount(user: CurrentUser): Promise<number> {
  if (!canReviewProposals(user)) return 0;
  return Proposal.countDocuments({ status: 'pending_review' });
}
