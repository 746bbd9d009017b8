// Role checks that every policy builds on. A grant with a bodyId holds for things of that body
// only; a grant without bodyId holds everywhere. Things of no body (an unreferred proposal, a live
// session without a meeting, global settings) need a grant without bodyId.
import type { Role } from '@shared/roles';
import type { CurrentUser } from '../auth/current-user';

/** The body a subject belongs to, or null for things of no body. */
export type BodyScope = string | null;

/** May act with `role` on a thing of `scope`. */
export function hasRole(user: CurrentUser | undefined, role: Role, scope: BodyScope): boolean {
  if (!user) return false;
  return user.roles.some(
    (grant) => grant.role === role && (grant.bodyId === undefined || grant.bodyId === scope),
  );
}

export function hasAnyRole(
  user: CurrentUser | undefined,
  roles: readonly Role[],
  scope: BodyScope,
): boolean {
  return roles.some((role) => hasRole(user, role, scope));
}

/**
 * Holds `role` for at least one body: decides whether a console or queue is shown at all, never
 * whether the person may act on a particular thing (that is hasRole with the thing's body).
 */
export function hasRoleSomewhere(user: CurrentUser | undefined, role: Role): boolean {
  return user?.roles.some((grant) => grant.role === role) ?? false;
}

/** The bodies for which the person holds `role`; `'all'` for a grant without bodyId. */
export function bodiesWithRole(user: CurrentUser | undefined, role: Role): 'all' | string[] {
  const grants = user?.roles.filter((grant) => grant.role === role) ?? [];
  if (grants.some((grant) => grant.bodyId === undefined)) return 'all';
  return grants.map((grant) => grant.bodyId!);
}

/** An administrator of the whole platform (a grant without bodyId). */
export function isAdmin(user: CurrentUser | undefined): boolean {
  return hasRole(user, 'admin', null);
}
