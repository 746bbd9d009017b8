// Small zod building blocks shared by every feature's request and response schemas.
import { z } from 'zod';

/** Text as people type it, made well-formed at the parse edge, the one way every schema takes user
 * text: a lone UTF-16 surrogate (which the database would store as U+FFFD, so that what is stored
 * differs from what was checked, audited and hashed) becomes U+FFFD, and the text is normalised
 * to NFC (one form of "å", so limits, search and comparisons agree). A ZodString, so `.trim()`,
 * `.min()`, `.max()` and `.regex()` follow and apply to the normalised text. */
export function userText() {
  return z.string().overwrite(wellFormedText);
}

export function wellFormedText(value: string): string {
  return value.toWellFormed().normalize('NFC');
}

/** A MongoDB ObjectId as a 24-character hex string. */
export const IdSchema = z.string().regex(/^[0-9a-f]{24}$/i, 'must be an id');

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** The acknowledgement of joining or leaving a realtime room: the room's current sequence number. */
export const RoomSeqSchema = z.object({ seq: z.number().int() });
