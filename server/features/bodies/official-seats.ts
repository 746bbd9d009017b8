// The bodies an official speaks for: those on which they sit. A grant of official for one body
// names that body; a grant for every body (as the demo persona's) speaks for the bodies whose
// seated members include the person, and for none where they have no seat. Their replies carry
// such a body, their inbox and "Mitt arbete" list such bodies' material.
import type { CurrentUser } from '../../auth/current-user';
import { bodiesWithRole } from '../../policies/roles';
import { Body } from './model';

/** The ids of the bodies on which the person has a seat. */
export async function seatedBodyIds(userId: string): Promise<string[]> {
  const bodies = await Body.find({ 'members.userId': userId }, { _id: 1 }).lean();
  return bodies.map((b) => String(b._id));
}

/** The bodies the person speaks for as an official (empty for people who are no official). */
export async function officialBodyIds(user: CurrentUser | undefined): Promise<string[]> {
  if (!user) return [];
  const granted = bodiesWithRole(user, 'official');
  if (granted === 'all') return seatedBodyIds(user.id);
  return [...new Set(granted)];
}

/** Whether the person answers a subject of `bodyId` as an official of that body. */
export async function speaksForBody(
  user: CurrentUser | undefined,
  bodyId: string | null | undefined,
): Promise<boolean> {
  if (!user || !bodyId) return false;
  return (await officialBodyIds(user)).includes(bodyId);
}
