// The rules about user records: found or created by pidHash at login (or by the CLI before a
// first login, with a placeholder name), role grants and revocations, erasure.
import { erasePersonalData } from './personal-data';
import { trusted } from 'mongoose';
import type { RoleGrant } from '@shared/roles';
import { User, type UserDocument } from './user-model';
import { ERASED_NAME } from './authors';

/** Shown for a person granted a role before their first login. */
export const PLACEHOLDER_NAME = 'Ej inloggad ännu';

export interface LoginNames {
  displayName?: string;
  givenName?: string;
  surname?: string;
}

function fullName(names: LoginNames): string {
  const joined = [names.givenName, names.surname].filter(Boolean).join(' ').trim();
  return (names.displayName?.trim() || joined || PLACEHOLDER_NAME).slice(0, 200);
}

/** At login: the person's record with their names as the IdP states them today. */
export async function upsertLoginUser(
  pidHash: string,
  names: LoginNames,
): Promise<{ user: UserDocument; created: boolean }> {
  const set = {
    displayName: fullName(names),
    givenName: names.givenName?.slice(0, 100),
    surname: names.surname?.slice(0, 100),
    lastLoginAt: new Date(),
  };
  const existing = await User.findOne({ pidHash });
  if (existing) {
    // A record made before the first login (a role granted by the CLI) becomes a citizen's too.
    const firstLogin = !existing.lastLoginAt;
    existing.set(set);
    if (firstLogin && !existing.roles.some((g) => g.role === 'citizen' && !g.bodyId)) {
      existing.roles.push({ role: 'citizen' });
    }
    await existing.save();
    return { user: existing, created: false };
  }
  try {
    const user = await User.create({ pidHash, ...set, roles: [{ role: 'citizen' }] });
    return { user, created: true };
  } catch (error) {
    // Two logins of the same new person at once: the other one created it.
    if ((error as { code?: number }).code !== 11000) throw error;
    const user = await User.findOneAndUpdate(
      { pidHash },
      { $set: set },
      { returnDocument: 'after' },
    );
    if (!user) throw error;
    return { user, created: false };
  }
}

/**
 * Bodies are a feature's; auth imports no feature. The bodies feature registers how to tell
 * whether a body exists, for grants scoped to a body.
 */
type BodyCheck = (bodyId: string) => Promise<boolean>;
let bodyCheck: BodyCheck | undefined;

export function registerBodyCheck(check: BodyCheck): void {
  bodyCheck = check;
}

/** Whether a per-body grant names a body that exists. */
export async function bodyExists(bodyId: string): Promise<boolean> {
  if (!bodyCheck) throw new Error('No body check registered: the bodies feature is not loaded');
  return bodyCheck(bodyId);
}

/** The person's record, created with a placeholder name if they never logged in. */
export async function ensureUserByPidHash(pidHash: string): Promise<UserDocument> {
  const found = await User.findOne({ pidHash });
  if (found) return found;
  try {
    return await User.create({ pidHash, displayName: PLACEHOLDER_NAME, roles: [] });
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
    const user = await User.findOne({ pidHash });
    if (!user) throw error;
    return user;
  }
}

const toGrant = (g: StoredGrant): RoleGrant =>
  g.bodyId ? { role: g.role, bodyId: g.bodyId } : { role: g.role };

const sameGrant = (a: RoleGrant, b: RoleGrant) =>
  a.role === b.role && (a.bodyId ?? null) === (b.bodyId ?? null);

interface StoredGrant {
  role: RoleGrant['role'];
  bodyId?: string | null;
}

export function presentGrants(user: { roles: StoredGrant[] }): RoleGrant[] {
  return user.roles.map((g) => (g.bodyId ? { role: g.role, bodyId: g.bodyId } : { role: g.role }));
}

/** Adds a grant (idempotent). Returns the roles before and after. */
export async function grantRole(userId: string, grant: RoleGrant, source?: string) {
  const user = await User.findById(userId);
  if (!user || user.erasedAt) return undefined;
  const before = presentGrants(user);
  if (!before.some((g) => sameGrant(g, grant))) {
    user.roles.push({ role: grant.role, bodyId: grant.bodyId, source });
    user.rolesChangedAt = new Date();
    await user.save();
  }
  return { before, after: presentGrants(user), user };
}

/** Removes a grant (idempotent). Returns the roles before and after. */
export async function revokeRole(userId: string, grant: RoleGrant) {
  const user = await User.findById(userId);
  if (!user || user.erasedAt) return undefined;
  const before = presentGrants(user);
  const kept = user.roles.filter((g) => !sameGrant(toGrant(g), grant));
  if (kept.length !== user.roles.length) {
    user.set('roles', kept);
    user.rolesChangedAt = new Date();
    await user.save();
  }
  return { before, after: presentGrants(user), user };
}

/** Replaces the grants that came from an IdP's group mapping with today's. */
export async function syncSourcedRoles(
  user: UserDocument,
  source: string,
  grants: RoleGrant[],
): Promise<boolean> {
  const others = user.roles.filter((g) => g.source !== source);
  const current = user.roles.filter((g) => g.source === source);
  const same =
    current.length === grants.length &&
    grants.every((g) => current.some((c) => sameGrant(toGrant(c), g)));
  if (same) return false;
  user.set('roles', [
    ...others,
    ...grants.map((g) => ({ role: g.role, bodyId: g.bodyId, source })),
  ]);
  user.rolesChangedAt = new Date();
  await user.save();
  return true;
}

/** Erasure: the identity goes (pidHash, names, roles), the record stays as a pseudonym. */
export async function eraseUser(userId: string): Promise<boolean> {
  const result = await User.updateOne(
    { _id: userId, erasedAt: trusted({ $exists: false }) },
    {
      $set: {
        pidHash: `erased:${userId}`,
        displayName: ERASED_NAME.sv,
        nameDisplay: 'full',
        roles: [],
        erasedAt: new Date(),
        rolesChangedAt: new Date(),
      },
      $unset: { givenName: 1, surname: 1, email: 1, emailPending: 1, lastLoginAt: 1 },
    },
  );
  // What was the person's alone (private notes, read marks) goes with the identity; again on a
  // repeated request, so a failure half-way can be completed.
  await erasePersonalData(userId);
  return result.modifiedCount > 0;
}
