// Personal notifications (list, unread count, e-mail settings; other features create them through
// `notify`) and, in development, the mailbox page that shows the e-mail that would have been sent.
import { Router } from 'express';
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { devMailboxEnabled, devMailboxRouter } from '../../mail/dev-mailbox';
import { NotificationModel } from './model';
import { presentNotifications } from './present';
import { notificationRoutes } from './routes';

registerPersonalData('notifications', async (userId) => {
  const items = await NotificationModel.find({ userId }).sort({ createdAt: -1 }).lean();
  return presentNotifications(items);
});

export const notificationsFeature: Feature = {
  name: 'notifications',
  apiRouter: (ctx) => notificationRoutes(ctx).router,
  rootRouter: (ctx) => (devMailboxEnabled(ctx.config) ? devMailboxRouter() : Router()),
};
