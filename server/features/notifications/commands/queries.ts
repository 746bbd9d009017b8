// Reading one's own notifications: a page of them (optionally unread only) with the unread count.
import { ListNotificationsQuerySchema } from '@shared/schemas/notifications';
import { defineCommand } from '../../../commands/define';
import { NotificationModel } from '../model';
import { presentNotifications, unreadCount } from '../present';

export const listNotifications = defineCommand({
  name: 'notification.list',
  input: ListNotificationsQuerySchema,
  policy: 'user',
  async work({ input, user }) {
    const userId = user!.id;
    const filter = input.unread ? { userId, readAt: null } : { userId };
    const [items, total, unread] = await Promise.all([
      NotificationModel.find(filter)
        .sort({ createdAt: -1, _id: -1 })
        .skip((input.page - 1) * input.pageSize)
        .limit(input.pageSize)
        .lean(),
      NotificationModel.countDocuments(filter),
      unreadCount(userId),
    ]);
    return { data: presentNotifications(items), total, unread };
  },
});
