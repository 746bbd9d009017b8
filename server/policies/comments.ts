// Who may do what with comments: one function per action, used by the comment routes and the
// thread socket handlers alike.
import type { CurrentUser } from '../auth/current-user';
import { hasAnyRole, hasRole } from './roles';

interface Authored {
  authorId: string;
}

/** Any signed-in person may write, agree and report. */
export const canComment = (_user: CurrentUser) => true;

export const isCommentAuthor = (user: CurrentUser, comment: Authored) =>
  user.id === comment.authorId;

/** An official of the subject's body answers as an official (a grant without body: any body). */
export const speaksAsOfficial = (user: CurrentUser, bodyId: string | undefined) =>
  bodyId !== undefined && hasRole(user, 'official', bodyId);

/** Moderators (for all bodies or for the comment's body) and admins. */
export const canModerateComment = (user: CurrentUser, bodyId: string | undefined) =>
  hasRole(user, 'admin') || hasRole(user, 'moderator', bodyId);

export const canSeeModerationQueue = (user: CurrentUser) =>
  hasAnyRole(user, ['moderator', 'admin']);

export const canSeeOfficialInbox = (user: CurrentUser) => hasRole(user, 'official');

/** The platform-wide report threshold. */
export const canConfigureComments = (user: CurrentUser) =>
  hasRole(user, 'admin') || user.roles.some((g) => g.role === 'moderator' && !g.bodyId);

/** Pre-moderation of one body's threads. */
export const canConfigureBodyComments = (user: CurrentUser, bodyId: string) =>
  hasRole(user, 'admin') ||
  hasRole(user, 'moderator', bodyId) ||
  user.roles.some((g) => g.role === 'secretary' && (g.bodyId === undefined || g.bodyId === bodyId));
