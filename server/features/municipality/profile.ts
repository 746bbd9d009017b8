// The municipality's profile as every part of the app shows it (header, footer, e-mail, feeds,
// OParl, PDFs): the stored record, or the first-start settings from the environment.
import type { MunicipalityProfile } from '@shared/schemas/municipality';
import type { Config } from '../../config';
import { MunicipalityProfileModel } from './model';

export const LOGO_PATH = '/api/v1/municipality/logo';

export function defaultProfile(config: Config): MunicipalityProfile {
  return {
    name: config.municipality.name,
    primaryColor: config.municipality.primaryColor,
    logoUrl: null,
    registry: { name: '', email: config.municipality.registryEmail ?? '', phone: '', address: '' },
  };
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
    registry: {
      name: stored.registry?.name ?? '',
      email: stored.registry?.email ?? '',
      phone: stored.registry?.phone ?? '',
      address: stored.registry?.address ?? '',
    },
  };
}

export async function municipalityLogo(): Promise<{ contentType: string; data: Buffer } | null> {
  const stored = await MunicipalityProfileModel.findById('profile', { logo: 1 }).lean();
  if (!stored?.logo) return null;
  return { contentType: stored.logo.contentType, data: Buffer.from(stored.logo.data.buffer) };
}
