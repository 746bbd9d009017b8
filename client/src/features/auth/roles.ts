// How a role grant reads to people: "Nämndsekreterare (Kommunstyrelsen)".
import type { TFunction } from 'i18next';
import type { RoleGrant } from '@shared/roles';

export function roleLabel(
  t: TFunction<'auth'>,
  grant: RoleGrant,
  bodyNames?: Map<string, string>,
): string {
  const role = t(`roles.${grant.role}`);
  if (!grant.bodyId) return role;
  return t('roles.forBody', { role, body: bodyNames?.get(grant.bodyId) ?? grant.bodyId });
}
