// The signed-in person as the API presents them: never a personnummer.
import { z } from 'zod';
import { RoleGrantSchema } from '../roles';

export const MeSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(RoleGrantSchema),
});
export type Me = z.infer<typeof MeSchema>;
