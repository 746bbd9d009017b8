// The municipality's profile as every part of the app shows it (header, footer, e-mail, feeds,
// OParl, PDFs): the stored record, or the first-start settings from the environment; the
// registry's contact field by field from the profile, else from REGISTRY_* (registry.ts).
import type { MunicipalityProfile, Registry } from '@shared/schemas/municipality';
import type { Config } from '../../config';
import { MunicipalityProfileModel } from './model';
import { registryFields } from './registry';

export const LOGO_PATH = '/api/v1/municipality/logo';

export function defaultProfile(config: Config): MunicipalityProfile {
  return {
    name: config.municipality.name,
    primaryColor: config.municipality.primaryColor,
    logoUrl: null,
    registry: registryOf(undefined, config),
  };
}

/** The profile's four fields of the registry (opening hours are the request form's only). */
function registryOf(stored: Partial<Registry> | null | undefined, config: Config): Registry {
  const { name, email, phone, address } = registryFields(stored, config);
  return { name, email, phone, address };
}

/** The profile without the logo's bytes (one small read). */
export async function municipalityProfile(config: Config): Promise<MunicipalityProfile> {
  const stored = await MunicipalityProfileModel.findById('profile', {
    'logo.data': 0,
  }).lean();
  if (!stored) return defaultProfile(config);
  return {
    name: stored.name,
    primaryColor: stored.primaryColor,
    logoUrl: stored.logo ? `${LOGO_PATH}?v=${stored.logo.version}` : null,
    registry: registryOf(stored.registry, config),
  };
}

export async function municipalityLogo(): Promise<{ contentType: string; data: Buffer } | null> {
  const stored = await MunicipalityProfileModel.findById('profile', { logo: 1 }).lean();
  if (!stored?.logo) return null;
  return { contentType: stored.logo.contentType, data: Buffer.from(stored.logo.data.buffer) };
}
