// Who may administer people and read the audit trail: administrators of the whole platform.
import type { CurrentUser } from '../auth/current-user';
import { isAdmin } from './roles';

export const canManageRoles = (user: CurrentUser | undefined) => isAdmin(user);
export const canReadAudit = (user: CurrentUser | undefined) => isAdmin(user);
export const canListUsers = (user: CurrentUser | undefined) => isAdmin(user);
