// The rules of bodies: create, rename, remove (only when nothing hangs off them), and keep their
// members and secretaries. Adding a member grants the person the `official` role for that body;
// adding a secretary the `secretary` role; removing takes it back and re-checks their sockets.
import type { BodyCreate, BodyView, MemberInput } from '@shared/schemas/bodies';
import type { CurrentUser } from '../../auth/current-user';
import { loadAuthorNames } from '../../auth/authors';
import { User } from '../../auth/user-model';
import { recordAudit } from '../../audit/service';
import { conflict, notFound, validationFailed } from '../../errors';
import { canManageBody } from '../../policies/bodies';
import type { AppServer } from '../../realtime/io';
import { recheckUserSockets } from '../../realtime/room-guards';
import { RecordDocument } from '../documents/model';
import { Meeting } from '../meetings/model';
import { Body, type BodyRecord } from './model';
import { swedishSortKey } from './sort-key';

export async function findBody(id: string): Promise<BodyRecord> {
  const body = /^[0-9a-f]{24}$/i.test(id) ? await Body.findById(id) : null;
  if (!body) throw notFound('No such body');
  return body;
}

export async function createBody(user: CurrentUser, input: BodyCreate, ip?: string) {
  const body = await Body.create({ ...input, sortKey: swedishSortKey(input.name) });
  await recordAudit({
    actor: user.id,
    action: 'body.create',
    subject: { type: 'body', id: String(body._id) },
    after: { name: body.name },
    ip,
  });
  return body;
}

export async function updateBody(
  user: CurrentUser,
  body: BodyRecord,
  input: Partial<BodyCreate>,
  ip?: string,
) {
  const before = { name: body.name, shortName: body.shortName, kind: body.kind };
  body.set(input);
  if (input.name) body.sortKey = swedishSortKey(input.name);
  await body.save();
  await recordAudit({
    actor: user.id,
    action: 'body.update',
    subject: { type: 'body', id: String(body._id) },
    before,
    after: { name: body.name, shortName: body.shortName, kind: body.kind },
    ip,
  });
  return body;
}

export async function deleteBody(user: CurrentUser, body: BodyRecord, ip?: string) {
  const id = String(body._id);
  if ((await Meeting.exists({ bodyId: id })) || (await RecordDocument.exists({ bodyId: id }))) {
    throw conflict('The body has meetings or documents; they stay in the records');
  }
  await body.deleteOne();
  for (const holder of await User.find({ 'roles.bodyId': id }, { _id: 1 }).lean()) {
    await setGrant(String(holder._id), 'official', id, false);
    await setGrant(String(holder._id), 'secretary', id, false);
  }
  await recordAudit({
    actor: user.id,
    action: 'body.delete',
    subject: { type: 'body', id },
    before: { name: body.name },
    ip,
  });
}

/** Adds or removes one body-scoped grant, in code rather than with $pull conditions (portable). */
async function setGrant(
  userId: string,
  role: 'official' | 'secretary',
  bodyId: string,
  present: boolean,
): Promise<void> {
  const target = await User.findById(userId, { roles: 1 });
  if (!target) return;
  const others = target.roles.filter((g) => !(g.role === role && g.bodyId === bodyId));
  target.set('roles', present ? [...others, { role, bodyId }] : others);
  await target.save();
}

async function requireUserExists(userId: string): Promise<void> {
  if (!(await User.exists({ _id: userId, erasedAt: null }))) {
    throw validationFailed('userId: no such user');
  }
}

/** After a seat changed: the grant follows it, the change is audited, and the person's live
 * sockets leave rooms they may no longer be in. */
async function afterSeatChange(
  io: AppServer,
  actor: CurrentUser,
  seat: { bodyId: string; userId: string; role: 'official' | 'secretary'; held: boolean },
  action: string,
  summary: Record<string, unknown>,
  ip?: string,
): Promise<void> {
  await setGrant(seat.userId, seat.role, seat.bodyId, seat.held);
  await recordAudit({
    actor: actor.id,
    action,
    subject: { type: 'body', id: seat.bodyId },
    ...(seat.held ? { after: summary } : { before: summary }),
    ip,
  });
  await recheckUserSockets(io, seat.userId);
}

export async function setMember(
  io: AppServer,
  user: CurrentUser,
  body: BodyRecord,
  input: MemberInput,
  ip?: string,
) {
  await requireUserExists(input.userId);
  const bodyId = String(body._id);
  const member = {
    userId: input.userId,
    party: input.party || undefined,
    position: input.position || undefined,
  };
  const index = body.members.findIndex((m) => m.userId === input.userId);
  const members = body.members.map((m) => ({
    userId: m.userId,
    party: m.party,
    position: m.position,
  }));
  if (index >= 0) members[index] = member;
  else members.push(member);
  body.set('members', members);
  await body.save();
  await afterSeatChange(
    io,
    user,
    { bodyId, userId: input.userId, role: 'official', held: true },
    'body.member.set',
    { userId: input.userId, party: member.party, position: member.position },
    ip,
  );
  return body;
}

export async function removeMember(
  io: AppServer,
  user: CurrentUser,
  body: BodyRecord,
  userId: string,
  ip?: string,
) {
  const bodyId = String(body._id);
  if (!body.members.some((m) => m.userId === userId)) throw notFound('No such member');
  body.set(
    'members',
    body.members.filter((m) => m.userId !== userId),
  );
  await body.save();
  await afterSeatChange(
    io,
    user,
    { bodyId, userId, role: 'official', held: false },
    'body.member.remove',
    { userId },
    ip,
  );
  return body;
}

export async function addSecretary(
  io: AppServer,
  user: CurrentUser,
  body: BodyRecord,
  userId: string,
  ip?: string,
) {
  await requireUserExists(userId);
  const bodyId = String(body._id);
  if (!body.secretaryIds.includes(userId)) body.secretaryIds.push(userId);
  await body.save();
  await afterSeatChange(
    io,
    user,
    { bodyId, userId, role: 'secretary', held: true },
    'body.secretary.add',
    { userId },
    ip,
  );
  return body;
}

export async function removeSecretary(
  io: AppServer,
  user: CurrentUser,
  body: BodyRecord,
  userId: string,
  ip?: string,
) {
  const bodyId = String(body._id);
  if (!body.secretaryIds.includes(userId)) throw notFound('No such secretary');
  body.secretaryIds = body.secretaryIds.filter((id) => id !== userId);
  await body.save();
  await afterSeatChange(
    io,
    user,
    { bodyId, userId, role: 'secretary', held: false },
    'body.secretary.remove',
    { userId },
    ip,
  );
  return body;
}

export async function presentBodies(
  bodies: BodyRecord[],
  user: CurrentUser | undefined,
): Promise<BodyView[]> {
  const names = await loadAuthorNames(
    bodies.flatMap((b) => [...b.members.map((m) => m.userId), ...b.secretaryIds]),
  );
  return bodies.map((body) => ({
    id: String(body._id),
    name: body.name,
    shortName: body.shortName ?? undefined,
    kind: body.kind,
    members: body.members.map((m) => ({
      userId: m.userId,
      displayName: names.get(m.userId)?.displayName ?? '',
      party: m.party ?? undefined,
      position: m.position ?? undefined,
    })),
    secretaries: body.secretaryIds.map((userId) => ({
      userId,
      displayName: names.get(userId)?.displayName ?? '',
    })),
    canManage: canManageBody(user, String(body._id)),
  }));
}
