// Personal notifications (list, unread count, e-mail settings; other features create them through
// `notify`) and, in development, the mailbox page that shows the e-mail that would have been sent.
import { Router } from 'express';
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { devMailboxEnabled, devMailboxRouter } from '../../mail/dev-mailbox';
import { startDigestScheduler } from './digest';
import { listFollows } from './follows';
import { NotificationModel, NotificationPreference } from './model';
import { presentNotifications } from './present';
import { notificationRoutes } from './routes';

registerPersonalData('notifications', async (userId) => {
  const items = await NotificationModel.find({ userId }).sort({ createdAt: -1 }).lean();
  return presentNotifications(items);
});

registerPersonalData('follows', (userId) => listFollows(userId));
registerPersonalData('notificationPreferences', async (userId) => {
  const pref = await NotificationPreference.findById(userId, { emailMode: 1 }).lean();
  return { emailMode: pref?.emailMode ?? 'each' };
});

export const notificationsFeature: Feature = {
  name: 'notifications',
  apiRouter: (ctx) => notificationRoutes(ctx).router,
  rootRouter: (ctx) => (devMailboxEnabled(ctx.config) ? devMailboxRouter() : Router()),
  start: startDigestScheduler,
};
