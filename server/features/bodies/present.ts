// Presenting bodies: plain JSON with members and secretaries by display name (resolved now, so an
// erased person shows as the pseudonym) and what the caller may do.
import type { BodyView } from '@shared/schemas/bodies';
import type { CurrentUser } from '../../auth/current-user';
import { loadAuthorNames } from '../../auth/authors';
import { canManageBody } from '../../policies/bodies';
import type { BodyRecord } from './model';

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

export async function presentBody(body: BodyRecord, user: CurrentUser | undefined) {
  return (await presentBodies([body], user))[0]!;
}
