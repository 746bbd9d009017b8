// HTTP API of personal notifications: the list with unread count, marking read, and the e-mail
// address notifications are sent to (a new one confirmed through a mailed link, see email.ts).
import { trusted } from 'mongoose';
import { Router } from 'express';
import { z } from 'zod';
import {
  ConfirmEmailSchema,
  ListNotificationsQuerySchema,
  MarkReadSchema,
  NotificationListSchema,
  NotificationSettingsSchema,
  NotificationSettingsViewSchema,
} from '@shared/schemas/notifications';
import type { AppContext } from '../../context';
import { currentUser, requireUser } from '../../auth/current-user';
import { requestIp } from '../../audit/service';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { NotificationModel } from './model';
import { presentNotification, unreadCount } from './service';
import { confirmEmail, emailSettings, requestEmailChange } from './email';

const tags = ['notifications'];
const UnreadSchema = z.object({ data: z.object({ unread: z.number() }) });
const SettingsAnswer = z.object({ data: NotificationSettingsViewSchema });

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
  summary: 'Where my notifications are e-mailed (the confirmed address, and one waiting)',
  tags,
  auth: 'user',
  responses: { 200: { description: 'Settings', schema: SettingsAnswer } },
});
describeApi({
  method: 'put',
  path: '/api/v1/notification-settings',
  summary:
    'Set my e-mail address for notifications (used once confirmed through the link mailed to it), or remove it with an empty string',
  tags,
  auth: 'user',
  body: NotificationSettingsSchema,
  responses: {
    200: { description: 'Settings; a new address is `pending`', schema: SettingsAnswer },
    400: { description: 'Not an e-mail address' },
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/notification-settings/confirm',
  summary: 'Confirm a new address with the token from the mailed link (24 hours, once)',
  tags,
  auth: 'user',
  body: ConfirmEmailSchema,
  responses: {
    200: { description: 'Settings, the new address in use', schema: SettingsAnswer },
    400: {
      description:
        'Malformed token, or `details.reason`: `email_token_invalid` (used, replaced or another person’s) or `email_token_expired`',
    },
    401: { description: 'Not logged in' },
  },
});

export function notificationsRouter(ctx: AppContext): Router {
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
    res.json({ data: await emailSettings(currentUser(req).id) });
  });

  router.put('/notification-settings', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(NotificationSettingsSchema, req.body);
    res.json({ data: await requestEmailChange(ctx, user.id, input.email, requestIp(req)) });
  });

  router.post('/notification-settings/confirm', requireUser, async (req, res) => {
    const user = currentUser(req);
    const { token } = parseInput(ConfirmEmailSchema, req.body);
    res.json({ data: await confirmEmail(user.id, token, requestIp(req)) });
  });

  return router;
}
