// Reading and setting the municipality's profile. Setting it is for a platform administrator; a
// primary colour that would not keep WCAG AA contrast against white is refused with the detail
// code `contrast_too_low` (and the ratio it reached), so the form can say why.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  contrastRatio,
  LOGO_MAX_BYTES,
  MIN_CONTRAST,
  parseLogoDataUrl,
  UpdateMunicipalitySchema,
  type MunicipalityProfile,
} from '@shared/schemas/municipality';
import { defineCommand } from '../../../commands/define';
import { notFound, tooLarge, validationFailed } from '../../../errors';
import { isAdmin } from '../../../policies/roles';
import { MunicipalityProfileModel } from '../model';
import { municipalityLogo, municipalityProfile } from '../profile';

export const getMunicipality = defineCommand({
  name: 'municipality.get',
  input: z.object({}),
  policy: 'public',
  work: ({ app }) => municipalityProfile(app.config),
});

export const getMunicipalityLogo = defineCommand({
  name: 'municipality.logo',
  input: z.object({ v: z.string().max(64).optional() }),
  policy: 'public',
  async work() {
    const logo = await municipalityLogo();
    if (!logo) throw notFound('No logo');
    return logo;
  },
});

export function checkContrast(color: string): void {
  const ratio = contrastRatio(color, '#ffffff');
  if (ratio >= MIN_CONTRAST) return;
  throw validationFailed(
    `primaryColor: contrast ${ratio.toFixed(2)}:1 against white is below ${MIN_CONTRAST}:1`,
    [
      {
        path: 'primaryColor',
        message: 'contrast too low',
        code: 'contrast_too_low',
        minimum: MIN_CONTRAST,
        ratio: Math.round(ratio * 100) / 100,
      },
    ],
  );
}

function logoUpdate(logo: string | null | undefined) {
  if (logo === undefined) return {};
  if (logo === null) return { $unset: { logo: 1 } };
  const parsed = parseLogoDataUrl(logo)!;
  const data = Buffer.from(parsed.base64, 'base64');
  if (data.length > LOGO_MAX_BYTES) throw tooLarge('The logo may be at most 200 KB');
  const version = createHash('sha256').update(data).digest('hex').slice(0, 16);
  return { logo: { contentType: parsed.contentType, data, version } };
}

interface Change {
  before: MunicipalityProfile;
  after: MunicipalityProfile;
}

export const updateMunicipality = defineCommand({
  name: 'municipality.update',
  input: UpdateMunicipalitySchema,
  policy: (user) => isAdmin(user),
  async work({ input, user, app }): Promise<Change> {
    checkContrast(input.primaryColor);
    const before = await municipalityProfile(app.config);
    const { $unset, ...logo } = logoUpdate(input.logo);
    await MunicipalityProfileModel.updateOne(
      { _id: 'profile' },
      {
        $set: {
          name: input.name,
          primaryColor: input.primaryColor.toLowerCase(),
          registry: input.registry,
          updatedBy: user!.id,
          ...logo,
        },
        ...($unset ? { $unset } : {}),
      },
      { upsert: true },
    );
    return { before, after: await municipalityProfile(app.config) };
  },
  audit: ({ before, after }) => ({
    action: 'municipality.update',
    subject: { type: 'municipality', id: 'profile' },
    before,
    after,
  }),
  present: ({ after }) => after,
});
