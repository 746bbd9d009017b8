// The signed-in person's own data: who am I (GET), name display choice (PATCH), GDPR export
// (GET /me/export) and erasure (DELETE).
import { Router, type Request } from 'express';
import mongoose from 'mongoose';
import { z } from 'zod';
import { MeSchema, MeUpdateSchema, type Me } from '@shared/schemas/me';
import type { AppContext } from '../context';
import { describeApi } from '../openapi/registry';
import { parseInput } from '../http/parse';
import { recordAudit, requestIp } from '../audit/service';
import { canManageRoles, canReadAudit } from '../policies/admin';
import { userRoom } from '../realtime/io';
import { notFound } from '../errors';
import { currentUser, requireUser, type CurrentUser } from './current-user';
import { collectPersonalData } from './personal-data';
import { presentName } from './authors';
import { User } from './user-model';
import { endUserSession } from './sign-in';
import { requireFreshLogin } from './fresh-login';
import { eraseUser, presentGrants } from './users';

describeApi({
  method: 'get',
  path: '/api/v1/me',
  summary: 'The signed-in person (never their personnummer)',
  tags: ['identity'],
  auth: 'user',
  responses: {
    200: { description: 'The caller', schema: z.object({ data: MeSchema }) },
    401: { description: 'Not logged in' },
  },
});
describeApi({
  method: 'patch',
  path: '/api/v1/me',
  summary: 'Choose how your name is shown: full name, or given name and initial',
  tags: ['identity'],
  auth: 'user',
  body: MeUpdateSchema,
  responses: {
    200: { description: 'The caller', schema: z.object({ data: MeSchema }) },
    400: { description: 'Bad input' },
    401: { description: 'Not logged in' },
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/me/export',
  summary: 'Everything stored about the caller (GDPR export), as a JSON download',
  tags: ['identity'],
  auth: 'user',
  responses: { 200: { description: 'The data' }, 401: { description: 'Not logged in' } },
});
describeApi({
  method: 'delete',
  path: '/api/v1/me',
  summary: 'Erase the identity (pidHash, names); what the person wrote stays, pseudonymised',
  tags: ['identity'],
  auth: 'user',
  responses: {
    204: { description: 'Erased; session ended' },
    401: { description: 'Not logged in' },
    403: { description: 'No login within 5 minutes (`details.reason: "fresh_login_required"`)' },
  },
});

async function presentMe(caller: CurrentUser): Promise<Me> {
  const user = await User.findById(caller.id).lean();
  if (!user) throw notFound();
  const full = presentName({ ...user, nameDisplay: 'full' }).displayName;
  const initial = presentName({ ...user, nameDisplay: 'initial' }).displayName;
  return MeSchema.parse({
    id: caller.id,
    displayName: presentName(user).displayName,
    roles: presentGrants(user),
    nameDisplay: user.nameDisplay ?? 'full',
    nameForms: { full, initial },
    abilities: { manageRoles: canManageRoles(caller), readAudit: canReadAudit(caller) },
  });
}

/** Every session of the person, on any device, ends (sessions are stored with their userId). */
async function endAllSessions(userId: string): Promise<void> {
  await mongoose.connection.db?.collection('sessions').deleteMany({ 'session.userId': userId });
}

export function meRouter(ctx: AppContext): Router {
  const router = Router();

  router.get('/me', requireUser, async (req, res) => {
    res.json({ data: await presentMe(currentUser(req)) });
  });

  router.patch('/me', requireUser, async (req, res) => {
    const caller = currentUser(req);
    const input = parseInput(MeUpdateSchema, req.body);
    const before = await User.findById(caller.id, { nameDisplay: 1 }).lean();
    await User.updateOne({ _id: caller.id }, { $set: { nameDisplay: input.nameDisplay } });
    await recordAudit({
      actor: caller.id,
      action: 'user.name_display',
      subject: { type: 'user', id: caller.id },
      before: { nameDisplay: before?.nameDisplay ?? 'full' },
      after: { nameDisplay: input.nameDisplay },
      ip: requestIp(req),
    });
    res.json({ data: await presentMe(caller) });
  });

  router.get('/me/export', requireUser, async (req, res) => {
    const caller = currentUser(req);
    const user = await User.findById(caller.id).lean();
    if (!user) throw notFound();
    // Everything but the pidHash: a keyed hash of the personnummer, meaningless to the person.
    const stored: Record<string, unknown> = { ...user };
    delete stored.pidHash;
    delete stored.__v;
    delete stored._id;
    // A waiting address is the person's; the hash of its confirmation token is not information.
    if (user.emailPending) {
      stored.emailPending = {
        address: user.emailPending.address,
        expiresAt: user.emailPending.expiresAt,
      };
    }
    const exported = {
      exportedAt: new Date().toISOString(),
      user: { id: String(user._id), ...stored },
      ...(await collectPersonalData(caller.id)),
    };
    res
      .set('Content-Disposition', 'attachment; filename="mina-uppgifter.json"')
      .set('Cache-Control', 'no-store')
      .json({ data: exported });
  });

  router.delete('/me', requireUser, async (req: Request, res) => {
    const caller = currentUser(req);
    requireFreshLogin(req);
    await eraseUser(caller.id);
    await recordAudit({
      actor: caller.id,
      action: 'user.erase',
      subject: { type: 'user', id: caller.id },
      ip: requestIp(req),
    });
    await endUserSession(req);
    await endAllSessions(caller.id);
    ctx.io.in(userRoom(caller.id)).disconnectSockets(true);
    res.status(204).end();
  });

  return router;
}
