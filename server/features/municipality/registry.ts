// The registry's contact, answered in one place for every part of the app that names it: each
// field as the municipality's profile has it (set by an administrator at /admin/kommun), a field
// the profile leaves empty (or a profile not yet saved) from the configuration (REGISTRY_*).
import type { Registry } from '@shared/schemas/municipality';
import type { RegistryContact } from '@shared/schemas/requests';
import type { Config } from '../../config';
import { MunicipalityProfileModel } from './model';

/** The name a registry without one goes by (in the language of the mail it is sent). */
const DEFAULT_NAME = 'Kommunens registratur';

/** Each field: the profile's, else REGISTRY_*'s, else empty (opening hours: REGISTRY_HOURS). */
export function registryFields(
  stored: Partial<Registry> | null | undefined,
  config: Pick<Config, 'registry'>,
): RegistryContact {
  const { registry } = config;
  return {
    name: stored?.name || registry.name || '',
    email: stored?.email || registry.email || '',
    phone: stored?.phone || registry.phone || '',
    address: stored?.address || registry.address || '',
    hours: registry.hours ?? '',
  };
}

/**
 * The registry's contact: where requests to see a document are mailed and what a confidential
 * document's page shows. Never without a name or an address: set nowhere, they are "Kommunens
 * registratur" and registrator@ the public host.
 */
export async function registryContact(
  config: Pick<Config, 'registry' | 'publicUrl'>,
): Promise<RegistryContact> {
  const stored = await MunicipalityProfileModel.findById('profile', { registry: 1 }).lean();
  const fields = registryFields(stored?.registry, config);
  return {
    ...fields,
    name: fields.name || DEFAULT_NAME,
    email: fields.email || `registrator@${new URL(config.publicUrl).hostname}`,
  };
}
