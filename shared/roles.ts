// The roles a person may hold; some are granted per body (nämnd).
import { z } from 'zod';

export const ROLES = ['citizen', 'official', 'secretary', 'moderator', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** A role held by a user, optionally limited to one body. */
export const RoleGrantSchema = z.object({
  role: RoleSchema,
  bodyId: z.string().optional(),
});
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

/** `details.reason` of the 409 that refuses to take the base role (citizen, for no body) away. */
export const BASE_ROLE_REFUSED = 'base_role';
