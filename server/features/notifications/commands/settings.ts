// Where one's notifications are e-mailed: read it, set it (a new address waits for the link mailed
// to it, see email.ts), confirm it with the token from that link, or remove it with an empty
// string. The address itself is personal data and stays out of the audit log.
import { z } from 'zod';
import { ConfirmEmailSchema, NotificationSettingsSchema } from '@shared/schemas/notifications';
import { defineCommand } from '../../../commands/define';
import { confirmEmail, emailSettings, requestEmailChange, setEmailMode } from '../email';

export const getNotificationSettings = defineCommand({
  name: 'notification.settings',
  input: z.object({}),
  policy: 'user',
  work: ({ user }) => emailSettings(user!.id),
});

export const setNotificationEmail = defineCommand({
  name: 'notification.set_email',
  input: NotificationSettingsSchema,
  policy: 'user',
  async work({ app, input, user }) {
    if (input.emailMode) await setEmailMode(user!.id, input.emailMode);
    const result = await requestEmailChange(app, user!.id, input.email);
    return { ...result, emailMode: input.emailMode };
  },
  audit: ({ change, emailMode }, { user }) =>
    change === 'unchanged'
      ? emailMode
        ? {
            action: 'notifications.email_mode_set',
            subject: { type: 'user', id: user!.id },
            after: { emailMode },
          }
        : null
      : {
          action:
            change === 'pending' ? 'notifications.email_requested' : 'notifications.email_set',
          subject: { type: 'user', id: user!.id },
          after: { email: change },
        },
  present: ({ view }) => view,
});

export const confirmNotificationEmail = defineCommand({
  name: 'notification.confirm_email',
  input: ConfirmEmailSchema,
  policy: 'user',
  work: ({ input, user }) => confirmEmail(user!.id, input.token),
  audit: (_view, { user }) => ({
    action: 'notifications.email_set',
    subject: { type: 'user', id: user!.id },
    after: { email: 'confirmed' },
  }),
});
