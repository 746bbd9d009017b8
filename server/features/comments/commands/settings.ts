// Moderation settings: the platform-wide report threshold (belongs to no body: admins and
// moderators without a body) and pre-moderation of one body's threads (admins, moderators and
// secretaries of that body).
import { z } from 'zod';
import { BodyCommentSettingsSchema, CommentSettingsSchema } from '@shared/schemas/comments';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { notFound } from '../../../errors';
import { canConfigureBodyComments, canConfigureComments } from '../../../policies/comments';
import { bodyExists } from '../../bodies';
import { premoderated, reportThreshold } from '../moderation-model';
import { storePremoderation, storeReportThreshold } from '../settings';

const configures = (user: Parameters<typeof canConfigureComments>[0]) => canConfigureComments(user);

export const getCommentSettings = defineCommand({
  name: 'comment.settings',
  input: z.object({}),
  policy: configures,
  work: async () => ({ reportThreshold: await reportThreshold() }),
});

export const setCommentSettings = defineCommand({
  name: 'comment.set_settings',
  input: CommentSettingsSchema,
  policy: configures,
  async work({ input }) {
    const before = await reportThreshold();
    await storeReportThreshold(input.reportThreshold);
    return { before, reportThreshold: input.reportThreshold };
  },
  audit: ({ before, reportThreshold }) => ({
    action: 'comments.settings',
    subject: { type: 'comment-settings', id: 'global' },
    before: { reportThreshold: before },
    after: { reportThreshold },
  }),
  present: ({ reportThreshold }) => ({ reportThreshold }),
});

const BodyInput = z.object({ bodyId: IdSchema });

/** The body whose threads are configured, or 404. */
async function loadBody({ bodyId }: { bodyId: string }): Promise<{ bodyId: string }> {
  if (!(await bodyExists(bodyId))) throw notFound('No such body');
  return { bodyId };
}

export const getBodyCommentSettings = defineCommand({
  name: 'comment.body_settings',
  input: BodyInput,
  load: loadBody,
  policy: (user, { bodyId }) => canConfigureBodyComments(user, bodyId),
  work: async ({ subject }) => ({ premoderation: await premoderated(subject.bodyId) }),
});

export const setBodyPremoderation = defineCommand({
  name: 'comment.set_premoderation',
  input: BodyInput.extend(BodyCommentSettingsSchema.shape),
  load: loadBody,
  policy: (user, { bodyId }) => canConfigureBodyComments(user, bodyId),
  async work({ input, subject }) {
    const before = await premoderated(subject.bodyId);
    await storePremoderation(subject.bodyId, input.premoderation);
    return { before, premoderation: input.premoderation };
  },
  audit: ({ before, premoderation }, { subject }) => ({
    action: 'comments.premoderation',
    subject: { type: 'body', id: subject.bodyId },
    before: { premoderation: before },
    after: { premoderation },
  }),
  present: ({ premoderation }) => ({ premoderation }),
});
