// The municipality's own face: its name, logo, primary colour (kept within WCAG contrast against
// white text and a white page), the registry's contact details. One shape for server and client.
import { z } from 'zod';
import { userText } from './common';

export const HEX_COLOR = /^#[0-9a-f]{6}$/i;
/** WCAG 2.1 AA for normal text: the colour carries white text (header, buttons) and is link text. */
export const MIN_CONTRAST = 4.5;
export const DEFAULT_PRIMARY_COLOR = '#003b56';
/** A logo is a small image: PNG, JPEG or WebP of at most 200 KB (as a data: URL when sent). */
export const LOGO_MAX_BYTES = 200_000;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
const LOGO_DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.1). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** The WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The data: URL's type and bytes, or null when it is not a logo we take. */
export function parseLogoDataUrl(value: string): { contentType: string; base64: string } | null {
  const match = LOGO_DATA_URL.exec(value);
  return match ? { contentType: match[1]!, base64: match[2]! } : null;
}

const optionalText = (max: number) => userText().trim().max(max).optional().default('');

export const RegistrySchema = z.object({
  name: optionalText(120),
  email: z
    .union([z.literal(''), z.email().max(200)])
    .optional()
    .default(''),
  phone: optionalText(40),
  address: optionalText(300),
});
export type Registry = z.infer<typeof RegistrySchema>;

export const MunicipalityProfileSchema = z.object({
  name: z.string(),
  primaryColor: z.string(),
  /** Same-origin address of the logo, or null. */
  logoUrl: z.string().nullable(),
  registry: RegistrySchema,
});
export type MunicipalityProfile = z.infer<typeof MunicipalityProfileSchema>;

export const UpdateMunicipalitySchema = z.object({
  name: userText().trim().min(2).max(100),
  primaryColor: z.string().regex(HEX_COLOR),
  registry: RegistrySchema,
  /** A data: URL to set a new logo, null to remove it, absent to keep it. */
  // Not text a person types (a data: URL, checked as an image below): no text normalisation.
  logo: z
    .string()
    .refine((value) => value.length <= Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 40, {
      message: 'too large',
    })
    .refine((value) => parseLogoDataUrl(value) !== null, {
      message: 'must be a PNG, JPEG or WebP image',
    })
    .nullable()
    .optional(),
});
export type UpdateMunicipality = z.input<typeof UpdateMunicipalitySchema>;
