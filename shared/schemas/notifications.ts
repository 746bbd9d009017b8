// Personal notifications (in-app list, live over Socket.IO, and e-mail): shapes shared by server
// and client. A notification has a kind; each kind names its subject and path and adds its own
// fields. A feature creates one with `notify(app, userIds, draft)` (server/features/notifications).
// To add a kind: its name in NOTIFICATION_KINDS, its draft in DRAFTS, its e-mail text on the server.
import { z } from 'zod';
import { PageQuerySchema } from './common';
import { ProposalStatusSchema, TIMELINE_KINDS } from './proposals';

export const NOTIFICATION_KINDS = [
  'proposal_status',
  'document_added',
  'substitute_called',
  'comment_reply',
  'comment_moderated',
  'live_question',
  'followed_activity',
  'records_request',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** What a notification can be about (its page is `path`). */
export const NOTIFICATION_SUBJECT_TYPES = [
  'proposal',
  'document',
  'agendaItem',
  'meeting',
  'liveSession',
  'body',
] as const;

/** What one can follow (besides proposals, which the proposals feature keeps). */
export const FOLLOW_TYPES = ['meeting', 'body', 'document', 'proposal'] as const;
export const FollowTypeSchema = z.enum(FOLLOW_TYPES);
export type FollowType = z.infer<typeof FollowTypeSchema>;

/** What happened on something a person follows (`followed_activity`). */
export const FOLLOWED_EVENTS = [
  'meeting_published',
  'meeting_changed',
  'document_published',
  'document_changed',
  'comment',
] as const;

/** How notifications reach the person's mailbox: one mail per event, or one a day. */
export const EMAIL_MODES = ['each', 'daily'] as const;
export const EmailModeSchema = z.enum(EMAIL_MODES);
export type EmailMode = z.infer<typeof EmailModeSchema>;

export const NotificationSubjectSchema = z.object({
  type: z.enum(NOTIFICATION_SUBJECT_TYPES),
  id: z.string(),
  /** The subject's title when the notification was made (it reads well even if renamed later). */
  title: z.string(),
});

const common = { subject: NotificationSubjectSchema, path: z.string().startsWith('/') };

/** Each kind's draft: what the feature that notifies hands over. */
const DRAFTS = {
  /** A proposal the person follows took a step of its timeline. */
  proposal_status: z.object({
    kind: z.literal('proposal_status'),
    ...common,
    status: ProposalStatusSchema,
    /** Which step of the proposal's timeline this announces. */
    step: z.enum(TIMELINE_KINDS),
  }),
  /** A document was added to a coming meeting of the person's body after the notice (issue 17). */
  document_added: z.object({
    kind: z.literal('document_added'),
    ...common,
    /** The document's title. */
    document: z.string(),
  }),
  /** The person was called in as a substitute for a meeting (issue 17). */
  substitute_called: z.object({ kind: z.literal('substitute_called'), ...common }),
  /** Someone replied to the person's comment (`official`: an official of the subject's body). */
  comment_reply: z.object({
    kind: z.literal('comment_reply'),
    ...common,
    official: z.boolean(),
    /** Who replied, as shown on the thread. */
    by: z.string(),
  }),
  /** A moderator hid (or refused to show) the person's comment, under a rule. */
  comment_moderated: z.object({
    kind: z.literal('comment_moderated'),
    ...common,
    state: z.enum(['hidden', 'rejected']),
    rule: z.string(),
  }),
  /** The person's question in a live session was answered or rejected. */
  live_question: z.object({
    kind: z.literal('live_question'),
    ...common,
    questionId: z.string(),
    state: z.enum(['answered', 'rejected']),
  }),
  /** Something the person follows (a meeting, a body, a document) changed. */
  followed_activity: z.object({
    kind: z.literal('followed_activity'),
    ...common,
    event: z.enum(FOLLOWED_EVENTS),
  }),
  /** The person's request for a document was registered by the registry. */
  records_request: z.object({
    kind: z.literal('records_request'),
    ...common,
    /** The registry's reference of the request. */
    reference: z.string(),
  }),
} satisfies Record<NotificationKind, z.ZodObject>;

export const NotificationDraftSchema = z.discriminatedUnion('kind', [
  DRAFTS.proposal_status,
  DRAFTS.document_added,
  DRAFTS.substitute_called,
  DRAFTS.comment_reply,
  DRAFTS.comment_moderated,
  DRAFTS.live_question,
  DRAFTS.followed_activity,
  DRAFTS.records_request,
]);
export type NotificationDraft = z.infer<typeof NotificationDraftSchema>;

/** What the server adds to a draft once it is stored for one person. */
const stored = { id: z.string(), createdAt: z.string(), read: z.boolean() };

export const NotificationSchema = z.discriminatedUnion('kind', [
  DRAFTS.proposal_status.extend(stored),
  DRAFTS.document_added.extend(stored),
  DRAFTS.substitute_called.extend(stored),
  DRAFTS.comment_reply.extend(stored),
  DRAFTS.comment_moderated.extend(stored),
  DRAFTS.live_question.extend(stored),
  DRAFTS.followed_activity.extend(stored),
  DRAFTS.records_request.extend(stored),
]);
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
  /** One mail per notification, or a daily digest (unchanged when absent). */
  emailMode: EmailModeSchema.optional(),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

/** What the settings answer: the confirmed address, and a new one waiting for confirmation. */
export const NotificationSettingsViewSchema = z.object({
  /** The confirmed address mail goes to ('' for none). */
  email: z.string(),
  pending: z.object({ email: z.string(), expiresAt: z.string() }).nullable(),
  emailMode: EmailModeSchema,
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

/**
 * Sent to `user:<id>` when a notification is created: it, the new unread count, and the sequence
 * number of the person's room.
 */
export const NotificationEventSchema = z.object({
  notification: NotificationSchema,
  unread: z.number(),
  seq: z.number().int(),
});
export type NotificationEvent = z.infer<typeof NotificationEventSchema>;

/** One thing the person follows, with its title and page. */
export const FollowViewSchema = z.object({
  type: FollowTypeSchema,
  id: z.string(),
  title: z.string(),
  path: z.string(),
  since: z.string(),
});
export type FollowView = z.infer<typeof FollowViewSchema>;
export const FollowListSchema = z.object({ data: z.array(FollowViewSchema) });
