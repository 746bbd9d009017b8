// Personal notifications (in-app list, live over Socket.IO, and e-mail): shapes shared by server
// and client.
import { z } from 'zod';
import { PageQuerySchema } from './common';
import { ProposalStatusSchema, TIMELINE_KINDS } from './proposals';

export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.literal('proposal_status'),
  subject: z.object({ type: z.literal('proposal'), id: z.string(), title: z.string() }),
  status: ProposalStatusSchema,
  /** Which step of the proposal's timeline this announces. */
  step: z.enum(TIMELINE_KINDS),
  path: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({
  data: z.array(NotificationSchema),
  total: z.number(),
  unread: z.number(),
});

export const ListNotificationsQuerySchema = PageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});

export const MarkReadSchema = z.union([
  z.object({ all: z.literal(true) }),
  z.object({
    ids: z
      .array(z.string().regex(/^[0-9a-f]{24}$/i, 'must be an id'))
      .min(1)
      .max(100),
  }),
]);

export const NotificationSettingsSchema = z.object({
  /** An empty string removes the address (no more e-mail). */
  email: z.union([z.literal(''), z.email().max(320)]),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

/** Sent to `user:<id>` when a notification is created: the notification and the new unread count. */
export const NotificationEventSchema = z.object({
  notification: NotificationSchema,
  unread: z.number(),
});
export type NotificationEvent = z.infer<typeof NotificationEventSchema>;
