// The HTTP API of personal notifications: each route is a command (commands/), declared and
// documented here.
import { z } from 'zod';
import {
  FollowViewSchema,
  MarkReadSchema,
  NotificationListSchema,
  NotificationSettingsViewSchema,
} from '@shared/schemas/notifications';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { bodyFollow, documentFollow, listMyFollows, meetingFollow } from './commands/follow';
import { listNotifications } from './commands/queries';
import { markNotificationsRead } from './commands/read';
import {
  confirmNotificationEmail,
  getNotificationSettings,
  setNotificationEmail,
} from './commands/settings';

const tags = ['notifications'];

const FOLLOWABLE = [
  ['meetings', 'meeting', meetingFollow],
  ['bodies', 'body (nämnd): its meetings and documents', bodyFollow],
  ['documents', 'document', documentFollow],
] as const;

export function notificationRoutes(app: AppContext): CommandRouter {
  const router = new CommandRouter(app, '/api/v1').get('/follows', listMyFollows, {
    summary: 'What I follow (meetings, bodies, documents; proposals are in /proposals/mine)',
    tags,
    response: z.array(FollowViewSchema),
  });
  for (const [plural, what, commands] of FOLLOWABLE) {
    router
      .get(`/${plural}/:id/follow`, commands.following, {
        summary: `Whether I follow this ${what.split(':')[0]}`,
        tags,
        response: z.object({ following: z.boolean() }),
      })
      .post(`/${plural}/:id/follow`, commands.follow, {
        summary: `Follow a ${what} (notifications of what changes there)`,
        tags,
        status: 204,
      })
      .delete(`/${plural}/:id/follow`, commands.unfollow, {
        summary: `Stop following a ${what.split(':')[0]}`,
        tags,
        status: 204,
      });
  }
  return router
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
      summary: 'Where my notifications are e-mailed (the confirmed address, and one waiting)',
      tags,
      response: NotificationSettingsViewSchema,
    })
    .put('/notification-settings', setNotificationEmail, {
      summary:
        'Set my e-mail address for notifications (used once confirmed through the link mailed to it), or remove it with an empty string',
      tags,
      response: NotificationSettingsViewSchema,
      errors: { 400: 'Not an e-mail address' },
    })
    .post('/notification-settings/confirm', confirmNotificationEmail, {
      summary: 'Confirm a new address with the token from the mailed link (24 hours, once)',
      tags,
      response: NotificationSettingsViewSchema,
      errors: {
        400: 'Malformed token, or `details.reason`: `email_token_invalid` (used, replaced or another person’s) or `email_token_expired`',
      },
    });
}
