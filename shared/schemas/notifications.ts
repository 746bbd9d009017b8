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
  /** An empty string removes the address (no more e-mail). A new address is used only after
   * the person confirms it through the link mailed to it. */
  email: z.union([z.literal(''), z.email().max(320)]),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

/** What the settings answer: the confirmed address, and a new one waiting for confirmation. */
export const NotificationSettingsViewSchema = z.object({
  /** The confirmed address mail goes to ('' for none). */
  email: z.string(),
  pending: z.object({ email: z.string(), expiresAt: z.string() }).nullable(),
});
export type NotificationSettingsView = z.infer<typeof NotificationSettingsViewSchema>;

/** How long a confirmation link works. */
export const EMAIL_CONFIRMATION_HOURS = 24;

/** The token from the confirmation link (`/bekrafta-epost?token=…`). */
export const ConfirmEmailSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a confirmation token'),
});

/** `details.reason` of a refused confirmation. */
export const EMAIL_TOKEN_REASONS = ['email_token_invalid', 'email_token_expired'] as const;
export type EmailTokenReason = (typeof EMAIL_TOKEN_REASONS)[number];

/** Sent to `user:<id>` when a notification is created: the notification and the new unread count. */
export const NotificationEventSchema = z.object({
  notification: NotificationSchema,
  unread: z.number(),
});
export type NotificationEvent = z.infer<typeof NotificationEventSchema>;
