// Socket.IO events of personal notifications: sent to the person's own room (`user:<id>`).
import { NotificationEventSchema } from '../schemas/notifications';

export const notificationsServerEvents = {
  /** When a notification for the person is created: it and the new unread count. */
  'notification:new': NotificationEventSchema,
};
