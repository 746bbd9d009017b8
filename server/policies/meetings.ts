// Who may do what with meetings: the body's secretaries create, build, publish and record them;
// everyone reads published meetings; drafts exist only for those who may manage them.
import type { CurrentUser } from '../auth/current-user';
import { hasRole } from './roles';

export function canManageMeetings(user: CurrentUser | undefined, bodyId: string): boolean {
  return hasRole(user, 'secretary', bodyId);
}

export function canSeeMeeting(
  user: CurrentUser | undefined,
  meeting: { status: string; bodyId: string },
): boolean {
  return meeting.status !== 'draft' || canManageMeetings(user, meeting.bodyId);
}
