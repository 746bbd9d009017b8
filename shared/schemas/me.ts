// The signed-in person as the API presents them: never a personnummer.
import { z } from 'zod';
import { RoleGrantSchema } from '../roles';

export const NAME_DISPLAYS = ['full', 'initial'] as const;
export const NameDisplaySchema = z.enum(NAME_DISPLAYS);

export const MeSchema = z.object({
  id: z.string(),
  /** The name as others see it (the person's chosen form). */
  displayName: z.string(),
  roles: z.array(RoleGrantSchema),
  nameDisplay: NameDisplaySchema.optional(),
  /** Both forms of the name, so the person can choose. */
  nameForms: z.object({ full: z.string(), initial: z.string() }).optional(),
  /** What the client may offer; the server checks again on every action. */
  abilities: z.object({ manageRoles: z.boolean(), readAudit: z.boolean() }).optional(),
});
export type Me = z.infer<typeof MeSchema>;

export const MeUpdateSchema = z.object({ nameDisplay: NameDisplaySchema }).strict();
export type MeUpdate = z.infer<typeof MeUpdateSchema>;
