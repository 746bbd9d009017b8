// Who may administer people and read the audit trail: admins only.
import type { CurrentUser } from '../auth/current-user';
import { isAdmin } from './roles';

export const canManageRoles = (user: CurrentUser) => isAdmin(user);
export const canReadAudit = (user: CurrentUser) => isAdmin(user);
export const canListUsers = (user: CurrentUser) => isAdmin(user);
