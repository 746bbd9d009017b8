// A stored notification as its person sees it: the kind's shape (shared/schemas/notifications.ts),
// whitelisted field by field; a raw document never leaves the server.
import { NotificationSchema, type Notification } from '@shared/schemas/notifications';
import { NotificationModel, type NotificationFields } from './model';

/** The notification, or null when what is stored no longer fits its kind. */
export function presentNotification(n: NotificationFields): Notification | null {
  // Stored before the kind's own fields moved into `details`: proposal_status kept them on top.
  const legacy = n as unknown as { status?: unknown; step?: unknown };
  const details =
    n.details && typeof n.details === 'object'
      ? (n.details as Record<string, unknown>)
      : { status: legacy.status, step: legacy.step };
  const parsed = NotificationSchema.safeParse({
    ...details,
    id: String(n._id),
    kind: n.kind,
    subject: { type: n.subjectType, id: n.subjectId, title: n.subjectTitle },
    path: n.path,
    createdAt: n.createdAt.toISOString(),
    read: Boolean(n.readAt),
  });
  return parsed.success ? parsed.data : null;
}

export const presentNotifications = (items: NotificationFields[]): Notification[] =>
  items.flatMap((n) => presentNotification(n) ?? []);

export const unreadCount = (userId: string) =>
  NotificationModel.countDocuments({ userId, readAt: null });
