// HTTP routes of bodies: the public list and page; create, change, remove and keep members and
// secretaries for admins and the body's secretaries.
import { Router } from 'express';
import { z } from 'zod';
import {
  BodyCreateSchema,
  BodySchema,
  BodyUpdateSchema,
  MemberInputSchema,
  SecretaryInputSchema,
} from '@shared/schemas/bodies';
import { requestIp } from '../../audit/service';
import { currentUser, requireUser } from '../../auth/current-user';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { authorize } from '../../policies/authorize';
import { canCreateBody, canDeleteBody, canManageBody } from '../../policies/bodies';
import { Body } from './model';
import {
  addSecretary,
  createBody,
  deleteBody,
  findBody,
  presentBodies,
  removeMember,
  removeSecretary,
  setMember,
  updateBody,
} from './service';
import { pathParam } from '../records/params';

const tags = ['bodies'];
const One = z.object({ data: BodySchema });
const denied = { 401: { description: 'Not logged in' }, 403: { description: 'Not allowed' } };
describeApi({
  method: 'get',
  path: '/api/v1/bodies',
  summary: 'All bodies in Swedish alphabetical order, with members',
  tags,
  responses: {
    200: {
      description: 'Bodies',
      schema: z.object({ data: z.array(BodySchema), total: z.number() }),
    },
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/bodies',
  summary: 'Create a body',
  tags,
  auth: 'admin, secretary',
  body: BodyCreateSchema,
  responses: {
    201: { description: 'The body', schema: One },
    400: { description: 'Invalid input' },
    ...denied,
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/bodies/{id}',
  summary: 'A body with its members',
  tags,
  responses: {
    200: { description: 'The body', schema: One },
    404: { description: 'No such body' },
  },
});
describeApi({
  method: 'patch',
  path: '/api/v1/bodies/{id}',
  summary: 'Change a body',
  tags,
  auth: 'admin, secretary of the body',
  body: BodyUpdateSchema,
  responses: { 200: { description: 'The body', schema: One }, ...denied },
});
describeApi({
  method: 'delete',
  path: '/api/v1/bodies/{id}',
  summary: 'Remove a body without meetings or documents',
  tags,
  auth: 'admin',
  responses: { 204: { description: 'Removed' }, 409: { description: 'Has records' }, ...denied },
});
describeApi({
  method: 'put',
  path: '/api/v1/bodies/{id}/members',
  summary: 'Add or change a member (grants the official role for the body)',
  tags,
  auth: 'admin, secretary of the body',
  body: MemberInputSchema,
  responses: { 200: { description: 'The body', schema: One }, ...denied },
});
describeApi({
  method: 'delete',
  path: '/api/v1/bodies/{id}/members/{userId}',
  summary: 'Remove a member (revokes the official role for the body)',
  tags,
  auth: 'admin, secretary of the body',
  responses: { 200: { description: 'The body', schema: One }, ...denied },
});
describeApi({
  method: 'post',
  path: '/api/v1/bodies/{id}/secretaries',
  summary: 'Add a secretary (grants the secretary role for the body)',
  tags,
  auth: 'admin, secretary of the body',
  body: SecretaryInputSchema,
  responses: { 200: { description: 'The body', schema: One }, ...denied },
});
describeApi({
  method: 'delete',
  path: '/api/v1/bodies/{id}/secretaries/{userId}',
  summary: 'Remove a secretary (revokes the role for the body)',
  tags,
  auth: 'admin, secretary of the body',
  responses: { 200: { description: 'The body', schema: One }, ...denied },
});

export function bodiesRouter(ctx: AppContext): Router {
  const router = Router();
  const one = async (
    body: Awaited<ReturnType<typeof findBody>>,
    user: Parameters<typeof presentBodies>[1],
  ) => (await presentBodies([body], user))[0];

  router.get('/bodies', async (req, res) => {
    const bodies = await Body.find().sort({ sortKey: 1 });
    res.json({ data: await presentBodies(bodies, req.user), total: bodies.length });
  });

  router.post('/bodies', requireUser, async (req, res) => {
    const user = currentUser(req);
    authorize(user, canCreateBody, 'Only admins and secretaries create bodies');
    const input = parseInput(BodyCreateSchema, req.body);
    const body = await createBody(user, input, requestIp(req));
    res.status(201).json({ data: await one(body, user) });
  });

  router.get('/bodies/:id', async (req, res) => {
    res.json({ data: await one(await findBody(pathParam(req, 'id')), req.user) });
  });

  router.patch('/bodies/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const body = await findBody(pathParam(req, 'id'));
    authorize(user, (u) => canManageBody(u, String(body._id)));
    const input = parseInput(BodyUpdateSchema, req.body);
    res.json({ data: await one(await updateBody(user, body, input, requestIp(req)), user) });
  });

  router.delete('/bodies/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const body = await findBody(pathParam(req, 'id'));
    authorize(user, canDeleteBody, 'Only admins remove bodies');
    await deleteBody(user, body, requestIp(req));
    res.status(204).end();
  });

  router.put('/bodies/:id/members', requireUser, async (req, res) => {
    const user = currentUser(req);
    const body = await findBody(pathParam(req, 'id'));
    authorize(user, (u) => canManageBody(u, String(body._id)));
    const input = parseInput(MemberInputSchema, req.body);
    res.json({ data: await one(await setMember(ctx.io, user, body, input, requestIp(req)), user) });
  });

  router.delete('/bodies/:id/members/:userId', requireUser, async (req, res) => {
    const user = currentUser(req);
    const body = await findBody(pathParam(req, 'id'));
    authorize(user, (u) => canManageBody(u, String(body._id)));
    res.json({
      data: await one(
        await removeMember(ctx.io, user, body, pathParam(req, 'userId'), requestIp(req)),
        user,
      ),
    });
  });

  router.post('/bodies/:id/secretaries', requireUser, async (req, res) => {
    const user = currentUser(req);
    const body = await findBody(pathParam(req, 'id'));
    authorize(user, (u) => canManageBody(u, String(body._id)));
    const { userId } = parseInput(SecretaryInputSchema, req.body);
    res.json({
      data: await one(await addSecretary(ctx.io, user, body, userId, requestIp(req)), user),
    });
  });

  router.delete('/bodies/:id/secretaries/:userId', requireUser, async (req, res) => {
    const user = currentUser(req);
    const body = await findBody(pathParam(req, 'id'));
    authorize(user, (u) => canManageBody(u, String(body._id)));
    res.json({
      data: await one(
        await removeSecretary(ctx.io, user, body, pathParam(req, 'userId'), requestIp(req)),
        user,
      ),
    });
  });

  return router;
}
