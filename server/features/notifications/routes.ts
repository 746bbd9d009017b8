// HTTP API of personal notifications: the list with unread count, marking read, and the e-mail
// address notifications are sent to.
import { trusted } from 'mongoose';
import { Router } from 'express';
import { z } from 'zod';
import {
  ListNotificationsQuerySchema,
  MarkReadSchema,
  NotificationListSchema,
  NotificationSettingsSchema,
} from '@shared/schemas/notifications';
import { currentUser, requireUser } from '../../auth/current-user';
import { User } from '../../auth/user-model';
import { recordAudit, requestIp } from '../../audit/service';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { NotificationModel } from './model';
import { presentNotification, unreadCount } from './service';

const tags = ['notifications'];
const UnreadSchema = z.object({ data: z.object({ unread: z.number() }) });
const SettingsAnswer = z.object({ data: NotificationSettingsSchema });

describeApi({
  method: 'get',
  path: '/api/v1/notifications',
  summary: 'My notifications, newest first, with the unread count',
  tags,
  auth: 'user',
  query: ListNotificationsQuerySchema,
  responses: { 200: { description: 'Notifications', schema: NotificationListSchema } },
});
describeApi({
  method: 'post',
  path: '/api/v1/notifications/read',
  summary: 'Mark some (ids) or all of my notifications read',
  tags,
  auth: 'user',
  body: MarkReadSchema,
  responses: { 200: { description: 'The new unread count', schema: UnreadSchema } },
});
describeApi({
  method: 'get',
  path: '/api/v1/notification-settings',
  summary: 'Where my notifications are e-mailed',
  tags,
  auth: 'user',
  responses: { 200: { description: 'Settings', schema: SettingsAnswer } },
});
describeApi({
  method: 'put',
  path: '/api/v1/notification-settings',
  summary: 'Set (or, with an empty string, remove) my e-mail address for notifications',
  tags,
  auth: 'user',
  body: NotificationSettingsSchema,
  responses: { 200: { description: 'Settings', schema: SettingsAnswer } },
});

export function notificationsRouter(): Router {
  const router = Router();

  router.get('/notifications', requireUser, async (req, res) => {
    const user = currentUser(req);
    const query = parseInput(ListNotificationsQuerySchema, req.query);
    const filter = query.unread ? { userId: user.id, readAt: null } : { userId: user.id };
    const [items, total, unread] = await Promise.all([
      NotificationModel.find(filter)
        .sort({ createdAt: -1, _id: -1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean(),
      NotificationModel.countDocuments(filter),
      unreadCount(user.id),
    ]);
    res.json({ data: items.map(presentNotification), total, unread });
  });

  router.post('/notifications/read', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(MarkReadSchema, req.body);
    const filter =
      'all' in input
        ? { userId: user.id, readAt: null }
        : { userId: user.id, readAt: null, _id: trusted({ $in: input.ids }) };
    await NotificationModel.updateMany(filter, { $set: { readAt: new Date() } });
    res.json({ data: { unread: await unreadCount(user.id) } });
  });

  router.get('/notification-settings', requireUser, async (req, res) => {
    const user = await User.findById(currentUser(req).id, { email: 1 }).lean();
    res.json({ data: { email: user?.email ?? '' } });
  });

  router.put('/notification-settings', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(NotificationSettingsSchema, req.body);
    await User.updateOne(
      { _id: user.id },
      input.email ? { $set: { email: input.email } } : { $unset: { email: 1 } },
    );
    // The address itself is personal data and stays out of the audit log.
    await recordAudit({
      actor: user.id,
      action: 'notifications.email_set',
      subject: { type: 'user', id: user.id },
      after: { email: input.email ? 'set' : 'removed' },
      ip: requestIp(req),
    });
    res.json({ data: { email: input.email } });
  });

  return router;
}
