// Who may keep bodies and their member lists: administrators and secretaries of the body. A new
// body belongs to no body yet, so creating one needs a grant without bodyId.
import type { CurrentUser } from '../auth/current-user';
import { hasAnyRole, isAdmin } from './roles';

export function canCreateBody(user: CurrentUser | undefined): boolean {
  return hasAnyRole(user, ['admin', 'secretary'], null);
}

export function canManageBody(user: CurrentUser | undefined, bodyId: string): boolean {
  return hasAnyRole(user, ['admin', 'secretary'], bodyId);
}

/** Only platform administrators delete bodies: records hang off them. */
export function canDeleteBody(user: CurrentUser | undefined): boolean {
  return isAdmin(user);
}
