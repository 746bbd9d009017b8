// Who may keep bodies and their member lists: admins everywhere, secretaries for their body (a
// secretary grant without bodyId holds for every body; any secretary may create a new body).
import type { CurrentUser } from '../auth/current-user';
import { hasRole, isAdmin } from './roles';

export function canCreateBody(user: CurrentUser): boolean {
  return isAdmin(user) || hasRole(user, 'secretary');
}

export function canManageBody(user: CurrentUser | undefined, bodyId: string): boolean {
  if (!user) return false;
  return isAdmin(user) || hasRole(user, 'secretary', bodyId);
}

/** Only admins delete bodies: records hang off them. */
export function canDeleteBody(user: CurrentUser): boolean {
  return isAdmin(user);
}
