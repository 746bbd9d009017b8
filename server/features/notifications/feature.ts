// Personal notifications (list, unread count, e-mail settings) and, in development, the mailbox
// page that shows the e-mail that would have been sent.
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { devMailboxEnabled, devMailboxRouter } from '../../mail/dev-mailbox';
import { Router } from 'express';
import { NotificationModel } from './model';
import { notificationsRouter } from './routes';
import { presentNotification } from './service';

registerPersonalData('notifications', async (userId) => {
  const items = await NotificationModel.find({ userId }).sort({ createdAt: -1 }).lean();
  return items.map(presentNotification);
});

export const notificationsFeature: Feature = {
  name: 'notifications',
  apiRouter: (ctx) => notificationsRouter(ctx),
  rootRouter: (ctx) => (devMailboxEnabled(ctx.config) ? devMailboxRouter() : Router()),
};
