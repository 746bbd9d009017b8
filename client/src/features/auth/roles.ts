// How a role grant reads to people: "Nämndsekreterare (kommunstyrelsen)".
import type { TFunction } from 'i18next';
import type { RoleGrant } from '@shared/roles';

export function roleLabel(t: TFunction<'auth'>, grant: RoleGrant): string {
  const role = t(`roles.${grant.role}`);
  return grant.bodyId ? t('roles.forBody', { role, body: grant.bodyId }) : role;
}
