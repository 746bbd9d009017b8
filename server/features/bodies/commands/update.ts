// Renaming or reclassifying a body: an admin or a secretary of that body.
import { z } from 'zod';
import { BodyUpdateSchema } from '@shared/schemas/bodies';
import { defineCommand } from '../../../commands/define';
import { canManageBody } from '../../../policies/bodies';
import { loadBody } from '../load';
import type { BodyRecord } from '../model';
import { presentBody } from '../present';
import { updateBody as update } from '../service';

const facts = (body: BodyRecord) => ({
  name: body.name,
  shortName: body.shortName,
  kind: body.kind,
});

export const updateBody = defineCommand({
  name: 'body.update',
  input: BodyUpdateSchema.and(z.object({ id: z.string() })),
  load: ({ id }) => loadBody(id),
  policy: (user, body) => canManageBody(user, String(body._id)),
  async work({ input: { id: _id, ...changes }, subject }) {
    const before = facts(subject);
    return { before, body: await update(subject, changes) };
  },
  audit: ({ before, body }) => ({
    action: 'body.update',
    subject: { type: 'body', id: String(body._id) },
    before,
    after: facts(body),
  }),
  present: ({ body }, { user }) => presentBody(body, user),
});
