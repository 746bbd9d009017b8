// A body's seats: members (officials) and secretaries, kept by an admin or a secretary of the
// body. Each change grants or revokes the seat's role for the body, is audited on the body, and
// the person's sockets are re-checked on every node (rooms they may no longer be in are left).
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { MemberInputSchema, SecretaryInputSchema } from '@shared/schemas/bodies';
import type { CurrentUser } from '../../../auth/current-user';
import { defineCommand } from '../../../commands/define';
import { canManageBody } from '../../../policies/bodies';
import { loadBody } from '../load';
import type { BodyRecord } from '../model';
import { presentBody } from '../present';
import { rolesChanged } from '../../../realtime/room-guards';
import { addSecretary, removeMember, removeSecretary, setMember } from '../service';

const BodyPath = { id: z.string() };
const Person = z.object({ userId: IdSchema, ...BodyPath });

/** What every seat command shares: the body from the path, who may keep it, the answer. */
const onBody = {
  load: ({ id }: { id: string }) => loadBody(id),
  policy: (user: CurrentUser, body: BodyRecord) => canManageBody(user, String(body._id)),
  present: (body: BodyRecord, { user }: { user: CurrentUser | undefined }) =>
    presentBody(body, user),
};

const onTheBody = (body: BodyRecord) => ({ type: 'body', id: String(body._id) });

export const setBodyMember = defineCommand({
  name: 'body.member.set',
  input: MemberInputSchema.safeExtend(BodyPath),
  ...onBody,
  work: ({ input, subject }) => setMember(String(subject._id), input),
  audit: (body, { input }) => ({
    action: 'body.member.set',
    subject: onTheBody(body),
    after: {
      userId: input.userId,
      party: input.party || undefined,
      position: input.position || undefined,
    },
  }),
  followUp: (_body, { app, input }) => rolesChanged(app, [input.userId]),
});

export const removeBodyMember = defineCommand({
  name: 'body.member.remove',
  input: Person,
  ...onBody,
  work: ({ input, subject }) => removeMember(String(subject._id), input.userId),
  audit: (body, { input }) => ({
    action: 'body.member.remove',
    subject: onTheBody(body),
    before: { userId: input.userId },
  }),
  followUp: (_body, { app, input }) => rolesChanged(app, [input.userId]),
});

export const addBodySecretary = defineCommand({
  name: 'body.secretary.add',
  input: SecretaryInputSchema.safeExtend(BodyPath),
  ...onBody,
  work: ({ input, subject }) => addSecretary(String(subject._id), input.userId),
  audit: (body, { input }) => ({
    action: 'body.secretary.add',
    subject: onTheBody(body),
    after: { userId: input.userId },
  }),
  followUp: (_body, { app, input }) => rolesChanged(app, [input.userId]),
});

export const removeBodySecretary = defineCommand({
  name: 'body.secretary.remove',
  input: Person,
  ...onBody,
  work: ({ input, subject }) => removeSecretary(String(subject._id), input.userId),
  audit: (body, { input }) => ({
    action: 'body.secretary.remove',
    subject: onTheBody(body),
    before: { userId: input.userId },
  }),
  followUp: (_body, { app, input }) => rolesChanged(app, [input.userId]),
});
