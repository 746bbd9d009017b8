// Creating a body: it belongs to no body yet, so it needs an admin or secretary grant without
// bodyId.
import { BodyCreateSchema } from '@shared/schemas/bodies';
import { defineCommand } from '../../../commands/define';
import { canCreateBody } from '../../../policies/bodies';
import { presentBody } from '../present';
import { createBody as create } from '../service';

export const createBody = defineCommand({
  name: 'body.create',
  input: BodyCreateSchema,
  policy: (user) => canCreateBody(user),
  work: ({ input }) => create(input),
  audit: (body) => ({
    action: 'body.create',
    subject: { type: 'body', id: String(body._id) },
    after: { name: body.name },
  }),
  present: (body, { user }) => presentBody(body, user),
});
