// Who may do what with comments: one function per action, each given the body of the thread's
// subject (null when it belongs to no body, e.g. a proposal not yet referred).
import type { CurrentUser } from '../auth/current-user';
import { hasAnyRole, hasRole, hasRoleSomewhere, isAdmin, type BodyScope } from './roles';

interface Authored {
  authorId: string;
}

/** Any signed-in person may write, agree and report. */
export const canComment = (user: CurrentUser | undefined) => Boolean(user);

export const isCommentAuthor = (user: CurrentUser | undefined, comment: Authored) =>
  user?.id === comment.authorId;

/** An official of the subject's body answers as an official. */
export const speaksAsOfficial = (user: CurrentUser | undefined, bodyId: BodyScope) =>
  bodyId !== null && hasRole(user, 'official', bodyId);

/** Moderators and administrators of the subject's body (or of every body). */
export const canModerateComment = (user: CurrentUser | undefined, bodyId: BodyScope) =>
  hasAnyRole(user, ['admin', 'moderator'], bodyId);

/** The moderation queue shows what the person may moderate; it exists for moderators anywhere. */
export const canSeeModerationQueue = (user: CurrentUser | undefined) =>
  isAdmin(user) || hasRoleSomewhere(user, 'moderator');

export const canSeeOfficialInbox = (user: CurrentUser | undefined) =>
  hasRoleSomewhere(user, 'official');

/** The platform-wide report threshold: belongs to no body. */
export const canConfigureComments = (user: CurrentUser | undefined) =>
  hasAnyRole(user, ['admin', 'moderator'], null);

/** Pre-moderation of one body's threads. */
export const canConfigureBodyComments = (user: CurrentUser | undefined, bodyId: string) =>
  hasAnyRole(user, ['admin', 'moderator', 'secretary'], bodyId);
