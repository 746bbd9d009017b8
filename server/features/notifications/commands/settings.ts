// Where one's notifications are e-mailed: read it, set it (or, with an empty string, remove it).
import { z } from 'zod';
import { NotificationSettingsSchema } from '@shared/schemas/notifications';
import { defineCommand } from '../../../commands/define';
import { User } from '../../../auth/user-model';

export const getNotificationSettings = defineCommand({
  name: 'notification.settings',
  input: z.object({}),
  policy: 'user',
  async work({ user }) {
    const stored = await User.findById(user!.id, { email: 1 }).lean();
    return { email: stored?.email ?? '' };
  },
});

export const setNotificationEmail = defineCommand({
  name: 'notification.set_email',
  input: NotificationSettingsSchema,
  policy: 'user',
  async work({ input, user }) {
    await User.updateOne(
      { _id: user!.id },
      input.email ? { $set: { email: input.email } } : { $unset: { email: 1 } },
    );
    return { email: input.email };
  },
  // The address itself is personal data and stays out of the audit log.
  audit: ({ email }, { user }) => ({
    action: 'notifications.email_set',
    subject: { type: 'user', id: user!.id },
    after: { email: email ? 'set' : 'removed' },
  }),
});
