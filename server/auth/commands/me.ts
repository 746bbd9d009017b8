// The signed-in person's own data: who am I, how my name is shown, everything stored about me
// (GDPR export), and erasing my identity (what I wrote stays, pseudonymised).
import mongoose from 'mongoose';
import { z } from 'zod';
import { MeSchema, MeUpdateSchema, type Me } from '@shared/schemas/me';
import { defineCommand } from '../../commands/define';
import { notFound } from '../../errors';
import { canManageRoles, canReadAudit } from '../../policies/admin';
import { endUserSockets } from '../../realtime/session-guard';
import type { CurrentUser } from '../current-user';
import { presentName } from '../authors';
import { assertFreshLogin } from '../fresh-login';
import { collectPersonalData } from '../personal-data';
import { User } from '../user-model';
import { eraseUser, presentGrants } from '../users';

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

export const getMe = defineCommand({
  name: 'me.get',
  input: z.object({}),
  policy: 'user',
  work: ({ user }) => presentMe(user!),
});

export const setNameDisplay = defineCommand({
  name: 'me.name_display',
  input: MeUpdateSchema,
  policy: 'user',
  async work({ input, user }) {
    const before = await User.findById(user!.id, { nameDisplay: 1 }).lean();
    await User.updateOne({ _id: user!.id }, { $set: { nameDisplay: input.nameDisplay } });
    return before?.nameDisplay ?? 'full';
  },
  audit: (before, { input, user }) => ({
    action: 'user.name_display',
    subject: { type: 'user', id: user!.id },
    before: { nameDisplay: before },
    after: { nameDisplay: input.nameDisplay },
  }),
  present: (_before, { user }) => presentMe(user!),
});

export const exportMyData = defineCommand({
  name: 'me.export',
  input: z.object({}),
  policy: 'user',
  async work({ user: caller }) {
    const user = await User.findById(caller!.id).lean();
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
    return {
      exportedAt: new Date().toISOString(),
      user: { id: String(user._id), ...stored },
      ...(await collectPersonalData(caller!.id)),
    };
  },
});

export const eraseMe = defineCommand({
  name: 'me.erase',
  input: z.object({}),
  policy: 'user',
  async work({ user, actor }) {
    assertFreshLogin(actor.loginAt);
    await eraseUser(user!.id);
    // Every session of the person, on any device, ends (sessions are stored with their userId).
    await mongoose.connection.db?.collection('sessions').deleteMany({ 'session.userId': user!.id });
  },
  audit: (_r, { user }) => ({ action: 'user.erase', subject: { type: 'user', id: user!.id } }),
  announce: (_r, { app, user }) => endUserSockets(app.io, user!.id),
});
