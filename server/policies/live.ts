// Who may do what in live dialogue sessions, given the session's body (its meeting's body, or null
// for a session of no meeting). Used by the HTTP routes and the socket handlers alike.
import type { CurrentUser } from '../auth/current-user';
import { hasAnyRole, type BodyScope } from './roles';

export interface LiveSubject {
  bodyId: BodyScope;
  officialIds?: string[] | null;
  bans?: Array<{ userId: string }> | null;
}

const STAFF = ['secretary', 'moderator', 'admin'] as const;

/** Create, open and close sessions of a body (or of no body). */
export function canManageLiveSessions(user: CurrentUser | undefined, scope: BodyScope): boolean {
  return hasAnyRole(user, STAFF, scope);
}

/** Approve, reject, edit, merge questions and ban participants; see the pending queue. */
export function canModerateLive(user: CurrentUser | undefined, session: LiveSubject): boolean {
  return hasAnyRole(user, STAFF, session.bodyId);
}

/** Mark a question as being answered / answered: the session's officials, or its moderators. */
export function canMarkLive(user: CurrentUser | undefined, session: LiveSubject): boolean {
  if (!user) return false;
  return canModerateLive(user, session) || (session.officialIds ?? []).includes(user.id);
}

export function isBannedFromLive(user: CurrentUser | undefined, session: LiveSubject): boolean {
  return (session.bans ?? []).some((ban) => ban.userId === user?.id);
}

/** Ask and vote: any signed-in person who is not banned from the session. */
export function canParticipateLive(user: CurrentUser | undefined, session: LiveSubject): boolean {
  return Boolean(user) && !isBannedFromLive(user, session);
}
