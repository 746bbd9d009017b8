// Administrators find people and grant or revoke their roles; every change is audited and the
// person's live sockets are re-checked at once on every node (they leave rooms they may no longer
// be in). Handing out power needs a fresh e-ID login. The base role (citizen, without a body) is
// never taken away: a 409 with `details.reason: "base_role"`.
import { trusted } from 'mongoose';
import { z } from 'zod';
import { BASE_ROLE_REFUSED, RoleSchema, type RoleGrant } from '@shared/roles';
import { AdminUserQuerySchema, RevokeQuerySchema, RoleGrantBodySchema } from '@shared/schemas/auth';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../commands/define';
import { conflict, notFound, validationFailed } from '../../errors';
import { isObjectId } from '../../db/ids';
import { canListUsers, canManageRoles } from '../../policies/admin';
import { rolesChanged } from '../../realtime/room-guards';
import { assertFreshLogin } from '../fresh-login';
import { User } from '../user-model';
import { bodyExists, grantRole, presentGrants, revokeRole } from '../users';

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const listUsers = defineCommand({
  name: 'admin.users',
  input: AdminUserQuerySchema,
  policy: (user) => canListUsers(user),
  async work({ input }) {
    const filter: Record<string, unknown> = { erasedAt: trusted({ $exists: false }) };
    if (input.q) filter.displayName = trusted({ $regex: escapeRegex(input.q), $options: 'i' });
    if (input.role) filter['roles.role'] = input.role;
    const [users, total] = await Promise.all([
      User.find(filter, { displayName: 1, roles: 1, lastLoginAt: 1 })
        .sort({ displayName: 1, _id: 1 })
        .skip((input.page - 1) * input.pageSize)
        .limit(input.pageSize)
        .lean(),
      User.countDocuments(filter),
    ]);
    return {
      total,
      data: users.map((u) => ({
        id: String(u._id),
        displayName: u.displayName,
        roles: presentGrants(u),
        lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
      })),
    };
  },
});

/** One person, for their page: name, roles and last login (never a personnummer or e-mail). */
export const getUser = defineCommand({
  name: 'admin.user',
  input: z.object({ id: IdSchema }),
  policy: (user) => canListUsers(user),
  async work({ input }) {
    const u = isObjectId(input.id)
      ? await User.findById(input.id, {
          displayName: 1,
          roles: 1,
          lastLoginAt: 1,
          erasedAt: 1,
        }).lean()
      : null;
    if (!u || u.erasedAt) throw notFound('No such user');
    return {
      id: String(u._id),
      displayName: u.displayName,
      roles: presentGrants(u),
      lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    };
  },
});

type Change = NonNullable<Awaited<ReturnType<typeof grantRole>>>;

const roleChange = (kind: 'grant' | 'revoke') => ({
  audit: (result: Change, { input }: { input: { id: string } }) => ({
    action: kind === 'grant' ? 'user.role_grant' : 'user.role_revoke',
    subject: { type: 'user', id: input.id },
    before: { roles: result.before },
    after: { roles: result.after },
  }),
  followUp: (
    _result: Change,
    step: { app: Parameters<typeof rolesChanged>[0]; input: { id: string } },
  ) => rolesChanged(step.app, [step.input.id]),
  present: (result: Change) => result.after,
});

export const grantUserRole = defineCommand({
  name: 'admin.role_grant',
  input: RoleGrantBodySchema.extend({ id: IdSchema }),
  policy: (user) => canManageRoles(user),
  async work({ input: { id, ...grant }, actor }) {
    if (grant.bodyId && !(await bodyExists(grant.bodyId))) {
      throw validationFailed('bodyId: no such body');
    }
    assertFreshLogin(actor.loginAt);
    const result = await grantRole(id, grant);
    if (!result) throw notFound('No such user');
    return result;
  },
  ...roleChange('grant'),
});

export const revokeUserRole = defineCommand({
  name: 'admin.role_revoke',
  input: RevokeQuerySchema.extend({ id: IdSchema, role: RoleSchema }),
  policy: (user) => canManageRoles(user),
  async work({ input: { id, role, bodyId }, actor }) {
    if (role === 'citizen' && !bodyId) {
      throw conflict('The base role citizen cannot be removed', { reason: BASE_ROLE_REFUSED });
    }
    assertFreshLogin(actor.loginAt);
    const grant: RoleGrant = bodyId ? { role, bodyId } : { role };
    const result = await revokeRole(id, grant);
    if (!result) throw notFound('No such user');
    return result;
  },
  ...roleChange('revoke'),
});
