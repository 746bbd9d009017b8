// Who may do what in live dialogue sessions. Used by the HTTP routes and the socket handlers alike.
import type { CurrentUser } from '../auth/current-user';
import { hasAnyRole } from './roles';

interface SessionLike {
  officialIds?: string[] | null;
  bans?: Array<{ userId: string }> | null;
}

/** Create, open and close sessions. */
export function canManageLiveSessions(user: CurrentUser): boolean {
  return hasAnyRole(user, ['secretary', 'moderator', 'admin']);
}

/** Approve, reject, edit, merge questions and ban participants; see the pending queue. */
export function canModerateLive(user: CurrentUser | undefined): boolean {
  return hasAnyRole(user, ['secretary', 'moderator', 'admin']);
}

/** Mark a question as being answered / answered: the session's officials, or its moderators. */
export function canMarkLive(user: CurrentUser, session: SessionLike): boolean {
  return canModerateLive(user) || (session.officialIds ?? []).includes(user.id);
}

export function isBannedFromLive(user: CurrentUser, session: SessionLike): boolean {
  return (session.bans ?? []).some((ban) => ban.userId === user.id);
}

/** Ask and vote: any signed-in person who is not banned from the session. */
export function canParticipateLive(user: CurrentUser, session: SessionLike): boolean {
  return !isBannedFromLive(user, session);
}
