// The HTTP API of personal notifications: each route is a command (commands/), declared and
// documented here.
import { z } from 'zod';
import {
  MarkReadSchema,
  NotificationListSchema,
  NotificationSettingsSchema,
} from '@shared/schemas/notifications';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { listNotifications } from './commands/queries';
import { markNotificationsRead } from './commands/read';
import { getNotificationSettings, setNotificationEmail } from './commands/settings';

const tags = ['notifications'];

export function notificationRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/notifications', listNotifications, {
      summary: 'My notifications, newest first, with the unread count',
      tags,
      reply: 'body',
      response: NotificationListSchema,
    })
    .post('/notifications/read', markNotificationsRead, {
      summary: 'Mark some (ids) or all of my notifications read',
      tags,
      body: MarkReadSchema,
      response: z.object({ unread: z.number() }),
    })
    .get('/notification-settings', getNotificationSettings, {
      summary: 'Where my notifications are e-mailed',
      tags,
      response: NotificationSettingsSchema,
    })
    .put('/notification-settings', setNotificationEmail, {
      summary: 'Set (or, with an empty string, remove) my e-mail address for notifications',
      tags,
      response: NotificationSettingsSchema,
    });
}
