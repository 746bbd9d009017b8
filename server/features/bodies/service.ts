// The rules of bodies: create, change, remove (only while nothing in the records refers to them),
// and keep their members and secretaries. A seat carries a role grant for the body: a member holds
// `official`, a secretary `secretary`; taking the seat away takes the grant back. Work only:
// commands (commands/) authorize, audit and tell the person's sockets.
import type { BodyCreate, BodyUpdate, MemberInput } from '@shared/schemas/bodies';
import { User } from '../../auth/user-model';
import { grantRole, revokeRole } from '../../auth/users';
import { withLock } from '../../db/lock';
import { conflict, notFound, validationFailed } from '../../errors';
import { loadBody } from './load';
import { Body, type BodyRecord } from './model';
import { bodyHasRecords } from './records';
import { swedishSortKey } from './sort-key';

type SeatRole = 'official' | 'secretary';

export function createBody(input: BodyCreate): Promise<BodyRecord> {
  return Body.create({ ...input, sortKey: swedishSortKey(input.name) });
}

export async function updateBody(body: BodyRecord, input: BodyUpdate): Promise<BodyRecord> {
  body.set(input);
  if (input.name) body.sortKey = swedishSortKey(input.name);
  await body.save();
  return body;
}

/** Removes the body and every seat grant for it; answers whose roles changed. */
export async function deleteBody(body: BodyRecord): Promise<string[]> {
  const id = String(body._id);
  if (await bodyHasRecords(id)) {
    throw conflict('The body has meetings or documents; they stay in the records');
  }
  await body.deleteOne();
  const holders = await User.find({ 'roles.bodyId': id }, { _id: 1 }).lean();
  const changed: string[] = [];
  for (const holder of holders) {
    const userId = String(holder._id);
    for (const role of ['official', 'secretary'] as const) {
      const result = await revokeRole(userId, { role, bodyId: id });
      if (result && result.before.length !== result.after.length) changed.push(userId);
    }
  }
  return [...new Set(changed)];
}

async function requireUserExists(userId: string): Promise<void> {
  if (!(await User.exists({ _id: userId, erasedAt: null }))) {
    throw validationFailed('userId: no such user', [{ path: 'userId', message: 'no such user' }]);
  }
}

/** Grants or revokes the seat's role (marks the person's roles changed). */
async function setSeatGrant(userId: string, role: SeatRole, bodyId: string, held: boolean) {
  if (held) await grantRole(userId, { role, bodyId });
  else await revokeRole(userId, { role, bodyId });
}

/**
 * Changes the body's seats one at a time on this node: the body is read again inside the lock,
 * so two changes at once (two secretaries adding members) keep both.
 */
function changeSeats(
  bodyId: string,
  change: (body: BodyRecord) => Promise<void> | void,
): Promise<BodyRecord> {
  return withLock(`body:${bodyId}`, async () => {
    const body = await loadBody(bodyId);
    await change(body);
    await body.save();
    return body;
  });
}

export async function setMember(bodyId: string, input: MemberInput): Promise<BodyRecord> {
  await requireUserExists(input.userId);
  const body = await changeSeats(bodyId, (body) => {
    const member = {
      userId: input.userId,
      party: input.party || undefined,
      position: input.position || undefined,
    };
    const members = body.members.map((m) => ({
      userId: m.userId,
      party: m.party,
      position: m.position,
    }));
    const index = members.findIndex((m) => m.userId === input.userId);
    if (index >= 0) members[index] = member;
    else members.push(member);
    body.set('members', members);
  });
  await setSeatGrant(input.userId, 'official', bodyId, true);
  return body;
}

export async function removeMember(bodyId: string, userId: string): Promise<BodyRecord> {
  const body = await changeSeats(bodyId, (body) => {
    if (!body.members.some((m) => m.userId === userId)) throw notFound('No such member');
    body.set(
      'members',
      body.members.filter((m) => m.userId !== userId),
    );
  });
  await setSeatGrant(userId, 'official', bodyId, false);
  return body;
}

export async function addSecretary(bodyId: string, userId: string): Promise<BodyRecord> {
  await requireUserExists(userId);
  const body = await changeSeats(bodyId, (body) => {
    if (!body.secretaryIds.includes(userId)) body.secretaryIds.push(userId);
  });
  await setSeatGrant(userId, 'secretary', bodyId, true);
  return body;
}

export async function removeSecretary(bodyId: string, userId: string): Promise<BodyRecord> {
  const body = await changeSeats(bodyId, (body) => {
    if (!body.secretaryIds.includes(userId)) throw notFound('No such secretary');
    body.secretaryIds = body.secretaryIds.filter((id) => id !== userId);
  });
  await setSeatGrant(userId, 'secretary', bodyId, false);
  return body;
}
