// The registry's contact details: where record requests are mailed and what a confidential
// document's page shows. From the configuration (REGISTRY_EMAIL, REGISTRY_NAME, REGISTRY_PHONE,
// REGISTRY_ADDRESS, REGISTRY_HOURS); without REGISTRY_EMAIL, registrator@ the public host.
// (The municipality's profile, set by an admin, may take these over.)
import type { RegistryContact } from '@shared/schemas/requests';
import type { AppContext } from '../../context';

export function registryContact(app: Pick<AppContext, 'config'>): RegistryContact {
  const { registry, publicUrl } = app.config;
  return {
    name: registry.name ?? 'Kommunens registratur',
    email: registry.email ?? `registrator@${new URL(publicUrl).hostname}`,
    phone: registry.phone ?? '',
    address: registry.address ?? '',
    hours: registry.hours ?? '',
  };
}
