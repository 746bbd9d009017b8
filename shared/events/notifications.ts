// Socket.IO events of personal notifications: sent to the person's own room (`user:<id>`), which
// every signed-in socket is in from its connection on (no join event).
import { NotificationEventSchema } from '../schemas/notifications';

export const notificationsServerEvents = {
  /** When a notification for the person is created: it, the new unread count and the room's seq. */
  'notification:new': NotificationEventSchema,
};
