// Who may do what with citizen proposals. A proposal belongs to no body until it is referred; then
// to the body it was referred to.
import type { CurrentUser } from '../auth/current-user';
import { hasAnyRole, type BodyScope } from './roles';
import { PUBLIC_PROPOSAL_STATUSES } from '@shared/schemas/proposals';

export interface ProposalSubject {
  authorId: string;
  status: string;
  openedAt?: Date | null;
  referral?: { bodyId?: string | null } | null;
}

export const proposalBody = (proposal: ProposalSubject): BodyScope =>
  proposal.referral?.bodyId ?? null;

export const isPublicStatus = (status: string): boolean =>
  (PUBLIC_PROPOSAL_STATUSES as readonly string[]).includes(status);

/** Moderators and administrators of the proposal's body (or of every body). */
export const canModerateProposal = (
  user: CurrentUser | undefined,
  proposal: ProposalSubject,
): boolean => hasAnyRole(user, ['moderator', 'admin'], proposalBody(proposal));

/**
 * Public once approved (also when withdrawn later); before that (and when rejected) only the
 * author and moderators.
 */
export function canViewProposal(user: CurrentUser | undefined, proposal: ProposalSubject): boolean {
  if (isPublicStatus(proposal.status)) return true;
  // Withdrawn after it was public (signed, discussed): it stays readable, marked withdrawn.
  if (proposal.status === 'withdrawn' && proposal.openedAt) return true;
  if (!user) return false;
  return user.id === proposal.authorId || canModerateProposal(user, proposal);
}

export const isProposalAuthor = (user: CurrentUser | undefined, proposal: ProposalSubject) =>
  user !== undefined && user.id === proposal.authorId;

/** The review queue: proposals under review belong to no body. */
export const canReviewProposals = (user: CurrentUser | undefined): boolean =>
  hasAnyRole(user, ['moderator', 'admin'], null);

/** Referral to a body: a secretary (or administrator) of that body. */
export const canReferProposal = (user: CurrentUser | undefined, bodyId: BodyScope): boolean =>
  hasAnyRole(user, ['secretary', 'admin'], bodyId);

/** The body's answer and decision: a secretary (or administrator) of the referred body. */
export const canAnswerProposal = (user: CurrentUser | undefined, proposal: ProposalSubject) =>
  hasAnyRole(user, ['secretary', 'admin'], proposalBody(proposal));

export const canEditRules = (user: CurrentUser | undefined): boolean =>
  hasAnyRole(user, ['admin'], null);
