// Role checks that every policy builds on. A grant without bodyId holds for every body.
import type { Role } from '@shared/roles';
import type { CurrentUser } from '../auth/current-user';

export function hasRole(user: CurrentUser | undefined, role: Role, bodyId?: string): boolean {
  if (!user) return false;
  return user.roles.some(
    (grant) =>
      grant.role === role &&
      (grant.bodyId === undefined || bodyId === undefined || grant.bodyId === bodyId),
  );
}

export function hasAnyRole(user: CurrentUser | undefined, roles: Role[], bodyId?: string): boolean {
  return roles.some((role) => hasRole(user, role, bodyId));
}

export function isAdmin(user: CurrentUser | undefined): boolean {
  return hasRole(user, 'admin');
}
