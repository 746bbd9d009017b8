// Marking some (ids) or all of one's own notifications read; answers the new unread count.
import { trusted } from 'mongoose';
import { MarkReadSchema } from '@shared/schemas/notifications';
import { defineCommand } from '../../../commands/define';
import { retryTransient } from '../../../db/retry';
import { NotificationModel } from '../model';
import { unreadCount } from '../present';

export const markNotificationsRead = defineCommand({
  name: 'notification.read',
  input: MarkReadSchema,
  policy: 'user',
  // Personal reading state, not an action others need traced: no audit entry, but a write.
  limit: 'write',
  async work({ input, user }) {
    const userId = user!.id;
    const filter =
      'all' in input
        ? { userId, readAt: null }
        : { userId, readAt: null, _id: trusted({ $in: input.ids }) };
    // Setting readAt on unread ones only: safe to repeat.
    await retryTransient(() =>
      NotificationModel.updateMany(filter, { $set: { readAt: new Date() } }),
    );
    return { unread: await unreadCount(userId) };
  },
});
