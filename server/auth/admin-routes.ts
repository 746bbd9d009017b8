// Admins find people and grant or revoke their roles; every change is audited and the person's
// live sockets are re-checked at once (they leave rooms they may no longer be in).
import { Router } from 'express';
import { trusted } from 'mongoose';
import { z } from 'zod';
import { RoleGrantSchema, RoleSchema, type RoleGrant } from '@shared/roles';
import {
  AdminUserQuerySchema,
  AdminUserSchema,
  RevokeQuerySchema,
  RoleGrantBodySchema,
  UserIdParamSchema,
} from '@shared/schemas/auth';
import type { AppContext } from '../context';
import { describeApi } from '../openapi/registry';
import { parseInput } from '../http/parse';
import { authorize } from '../policies/authorize';
import { canListUsers, canManageRoles } from '../policies/admin';
import { recordAudit, requestIp } from '../audit/service';
import { recheckUserSockets } from '../realtime/room-guards';
import { notFound, validationFailed } from '../errors';
import { User } from './user-model';
import { bodyExists, grantRole, presentGrants, revokeRole } from './users';
import { requireFreshLogin } from './fresh-login';

const RolesResponse = z.object({ data: z.array(RoleGrantSchema) });
const refusals = {
  400: { description: 'Bad input' },
  401: { description: 'Not logged in' },
  403: {
    description: 'Not an admin; or (changes) no login within 5 minutes: `fresh_login_required`',
  },
  404: { description: 'No such user' },
};
describeApi({
  method: 'get',
  path: '/api/v1/admin/users',
  summary: 'People known to the platform, with their roles (filter by name or role)',
  tags: ['identity'],
  auth: 'admin',
  query: AdminUserQuerySchema,
  responses: {
    200: {
      description: 'Users',
      schema: z.object({ data: z.array(AdminUserSchema), total: z.number() }),
    },
    ...refusals,
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/admin/users/{id}/roles',
  summary: 'Grant a role (optionally for one body)',
  tags: ['identity'],
  auth: 'admin',
  body: RoleGrantBodySchema,
  responses: { 200: { description: 'The roles now', schema: RolesResponse }, ...refusals },
});
describeApi({
  method: 'delete',
  path: '/api/v1/admin/users/{id}/roles/{role}',
  summary: 'Revoke a role (query bodyId for a per-body grant)',
  tags: ['identity'],
  auth: 'admin',
  query: RevokeQuerySchema,
  responses: { 200: { description: 'The roles now', schema: RolesResponse }, ...refusals },
});

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function adminRouter(ctx: AppContext): Router {
  const router = Router();

  router.get('/admin/users', async (req, res) => {
    authorize(req.user, canListUsers);
    const query = parseInput(AdminUserQuerySchema, req.query);
    const filter: Record<string, unknown> = { erasedAt: trusted({ $exists: false }) };
    if (query.q) filter.displayName = trusted({ $regex: escapeRegex(query.q), $options: 'i' });
    if (query.role) filter['roles.role'] = query.role;
    const [users, total] = await Promise.all([
      User.find(filter, { displayName: 1, roles: 1, lastLoginAt: 1 })
        .sort({ displayName: 1, _id: 1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean(),
      User.countDocuments(filter),
    ]);
    res.json({
      total,
      data: users.map((u) => ({
        id: String(u._id),
        displayName: u.displayName,
        roles: presentGrants(u),
        lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
      })),
    });
  });

  async function change(
    kind: 'grant' | 'revoke',
    actor: string,
    userId: string,
    grant: RoleGrant,
    ip: string | undefined,
  ) {
    const result =
      kind === 'grant' ? await grantRole(userId, grant) : await revokeRole(userId, grant);
    if (!result) throw notFound('No such user');
    await recordAudit({
      actor,
      action: kind === 'grant' ? 'user.role_grant' : 'user.role_revoke',
      subject: { type: 'user', id: userId },
      before: { roles: result.before },
      after: { roles: result.after },
      ip,
    });
    await recheckUserSockets(ctx.io, userId);
    return result.after;
  }

  router.post('/admin/users/:id/roles', async (req, res) => {
    authorize(req.user, canManageRoles);
    const { id } = parseInput(UserIdParamSchema, req.params);
    const grant = parseInput(RoleGrantBodySchema, req.body);
    if (grant.bodyId && !(await bodyExists(grant.bodyId))) {
      throw validationFailed('bodyId: no such body');
    }
    requireFreshLogin(req);
    res.json({ data: await change('grant', req.user.id, id, grant, requestIp(req)) });
  });

  router.delete('/admin/users/:id/roles/:role', async (req, res) => {
    authorize(req.user, canManageRoles);
    const { id, role } = parseInput(UserIdParamSchema.extend({ role: RoleSchema }), req.params);
    const { bodyId } = parseInput(RevokeQuerySchema, req.query);
    const grant: RoleGrant = bodyId ? { role, bodyId } : { role };
    requireFreshLogin(req);
    res.json({ data: await change('revoke', req.user.id, id, grant, requestIp(req)) });
  });

  return router;
}
