// Who may do what with citizen proposals. Used by the proposal routes and socket handlers alike.
import type { CurrentUser } from '../auth/current-user';
import { hasAnyRole, hasRole, isAdmin } from './roles';
import { PUBLIC_PROPOSAL_STATUSES } from '@shared/schemas/proposals';

interface ProposalLike {
  authorId: string;
  status: string;
  referral?: { bodyId?: string | null } | null;
}

export const isPublicStatus = (status: string): boolean =>
  (PUBLIC_PROPOSAL_STATUSES as readonly string[]).includes(status);

export const canModerateProposals = (user: CurrentUser | undefined): boolean =>
  hasAnyRole(user, ['moderator', 'admin']);

/** Public once approved; before that (and when rejected) only the author and moderators. */
export function canViewProposal(user: CurrentUser | undefined, proposal: ProposalLike): boolean {
  if (isPublicStatus(proposal.status)) return true;
  if (!user) return false;
  return user.id === proposal.authorId || canModerateProposals(user);
}

export const canSubmitProposal = (user: CurrentUser): boolean => Boolean(user.id);

export const canEditDraft = (user: CurrentUser, proposal: ProposalLike): boolean =>
  user.id === proposal.authorId;

export const canReviewProposal = (user: CurrentUser): boolean => canModerateProposals(user);

/** Referral to a body: a secretary of that body (or of every body), or an admin. */
export const canReferProposal = (user: CurrentUser | undefined, bodyId?: string): boolean =>
  hasRole(user, 'secretary', bodyId) || isAdmin(user);

/** The body's answer and decision: a secretary of the referred body, or an admin. */
export const canAnswerProposal = (user: CurrentUser | undefined, proposal: ProposalLike): boolean =>
  hasRole(user, 'secretary', proposal.referral?.bodyId ?? undefined) || isAdmin(user);

export const canEditRules = (user: CurrentUser): boolean => isAdmin(user);
