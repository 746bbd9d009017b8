// Removing a body: platform administrators only, and only while no meeting or document refers to
// it. The seat grants for it go too, and the people who held them are re-checked.
import { z } from 'zod';
import { defineCommand } from '../../../commands/define';
import { canDeleteBody } from '../../../policies/bodies';
import { loadBody } from '../load';
import { rolesChanged } from '../../../realtime/room-guards';
import { deleteBody as remove } from '../service';

export const deleteBody = defineCommand({
  name: 'body.delete',
  input: z.object({ id: z.string() }),
  load: ({ id }) => loadBody(id),
  policy: (user) => canDeleteBody(user),
  work: ({ subject }) => remove(subject),
  audit: (_holders, { subject }) => ({
    action: 'body.delete',
    subject: { type: 'body', id: String(subject._id) },
    before: { name: subject.name },
  }),
  followUp: (holders, { app }) => rolesChanged(app, holders),
  present: () => undefined,
});
