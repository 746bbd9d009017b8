// Bodies (kommunfullmäktige, kommunstyrelse, nämnder) and their members, as the API takes and
// presents them. Limits live here once; the mongoose model uses the same numbers.
import { z } from 'zod';
import { IdSchema, userText } from './common';

export const BODY_NAME_MAX = 200;
export const BODY_SHORT_NAME_MAX = 20;
export const MEMBER_TEXT_MAX = 100;
export const BODY_KINDS = ['council', 'executive', 'committee', 'other'] as const;

export const BodyCreateSchema = z.object({
  name: userText().trim().min(1).max(BODY_NAME_MAX),
  shortName: userText().trim().min(1).max(BODY_SHORT_NAME_MAX).optional(),
  kind: z.enum(BODY_KINDS).default('committee'),
});
export type BodyCreate = z.infer<typeof BodyCreateSchema>;

export const BodyUpdateSchema = z
  .object({
    name: userText().trim().min(1).max(BODY_NAME_MAX),
    shortName: userText().trim().min(1).max(BODY_SHORT_NAME_MAX),
    kind: z.enum(BODY_KINDS),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');
export type BodyUpdate = z.infer<typeof BodyUpdateSchema>;

export const MemberInputSchema = z.object({
  userId: IdSchema,
  party: userText().trim().max(MEMBER_TEXT_MAX).optional(),
  /** e.g. ordförande, vice ordförande, ledamot, ersättare */
  position: userText().trim().max(MEMBER_TEXT_MAX).optional(),
});
export type MemberInput = z.infer<typeof MemberInputSchema>;

export const SecretaryInputSchema = z.object({ userId: IdSchema });

export const MemberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  party: z.string().optional(),
  position: z.string().optional(),
});

export const BodySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().optional(),
  kind: z.enum(BODY_KINDS),
  members: z.array(MemberSchema),
  secretaries: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  /** What the caller may do here, so the client can hide what it may not. */
  canManage: z.boolean(),
});
export type BodyView = z.infer<typeof BodySchema>;
