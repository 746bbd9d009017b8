// Comment threads: limits, request schemas and the presented shapes, shared by server and client.
import { z } from 'zod';
import { IdSchema, userText } from './common';

export const COMMENT_LIMITS = {
  /** Characters of text (not markup) in one comment. */
  maxTextLength: 5_000,
  /** Raw input ceiling before cleaning, so markup cannot be used to send megabytes. */
  maxInputLength: 50_000,
  /** How long the author may still edit a comment. */
  editWindowMs: 15 * 60 * 1000,
  pageSize: 50,
  /** Levels shown: a reply to the third level attaches to the third level. */
  maxDepth: 3,
  perMinute: 5,
  perDay: 50,
  defaultReportThreshold: 3,
  maxReasonLength: 500,
  /** The longest span a moderator masks at once. */
  maxMaskLength: 200,
} as const;

export const THREAD_SUBJECT_TYPES = ['document', 'agendaItem', 'proposal'] as const;
export const ThreadSubjectTypeSchema = z.enum(THREAD_SUBJECT_TYPES);
export type ThreadSubjectType = z.infer<typeof ThreadSubjectTypeSchema>;

/**
 * visible: shown; pending: waits for approval (pre-moderation); flagged: hidden automatically
 * after enough reports, pending review; hidden: hidden by a moderator; rejected: a pending
 * comment that was never approved; deleted: removed by its author (a tombstone).
 */
export const COMMENT_STATES = [
  'visible',
  'pending',
  'flagged',
  'hidden',
  'rejected',
  'deleted',
] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

/** The rules a moderator hides under; the public log names the rule, never the content. */
export const MODERATION_RULES = [
  'personal_attack',
  'hate_speech',
  'personal_data',
  'spam',
  'off_topic',
  'illegal',
  'other',
] as const;
export const ModerationRuleSchema = z.enum(MODERATION_RULES);

/** What the public moderation log records. */
export const MODERATION_LOG_ACTIONS = [
  'hidden',
  'auto_hidden',
  'restored',
  'rejected',
  'approved',
  'masked',
] as const;
export type ModerationRule = z.infer<typeof ModerationRuleSchema>;

export const THREAD_SORTS = ['oldest', 'newest', 'agreed'] as const;
export const ThreadSortSchema = z.enum(THREAD_SORTS);
export type ThreadSort = z.infer<typeof ThreadSortSchema>;

const reason = userText().trim().min(1).max(COMMENT_LIMITS.maxReasonLength);
const commentBody = userText().max(COMMENT_LIMITS.maxInputLength);

export const CreateCommentSchema = z.object({
  body: commentBody,
  parentId: IdSchema.optional().nullable(),
});
export type CreateCommentInput = z.infer<typeof CreateCommentSchema>;

export const EditCommentSchema = z.object({ body: commentBody });
export const ReportCommentSchema = z.object({ reason });
export const HideCommentSchema = z.object({ rule: ModerationRuleSchema, reason });

/**
 * Masking a part of a comment (e.g. a phone number): the exact text as it reads in the comment,
 * every occurrence replaced by `[maskerat: <rule>]` in the public text.
 */
export const MaskCommentSchema = z.object({
  text: userText().trim().min(1).max(COMMENT_LIMITS.maxMaskLength),
  rule: ModerationRuleSchema,
});

/** Rules under which the masked original is not kept at all (its purpose is to remove it). */
export const MASK_DISCARDS_ORIGINAL: readonly ModerationRule[] = ['personal_data'];

export const ThreadQuerySchema = z.object({
  sort: ThreadSortSchema.default('oldest'),
  cursor: userText().max(200).optional(),
});

export const ThreadSubjectSchema = z.object({
  subjectType: ThreadSubjectTypeSchema,
  subjectId: IdSchema,
});

export const CommentSettingsSchema = z.object({
  reportThreshold: z.number().int().min(1).max(100),
});
export const BodyCommentSettingsSchema = z.object({ premoderation: z.boolean() });

export const OfficialSchema = z.object({
  bodyId: z.string(),
  bodyName: z.string(),
  party: z.string().optional(),
  position: z.string().optional(),
});

export const CommentAuthorSchema = z.object({
  displayName: z.string(),
  /** True for an official who is a member of the subject's body. */
  official: z.boolean(),
  officialDetails: OfficialSchema.optional(),
});

export const CommentSchema = z.object({
  id: z.string(),
  subjectType: ThreadSubjectTypeSchema,
  subjectId: z.string(),
  /** Cleaned HTML; empty when the comment is hidden, pending, flagged or deleted. */
  body: z.string(),
  /** The comment it is shown under (at most three levels deep). */
  parentId: z.string().nullable(),
  /** The comment actually answered (differs from parentId below the third level). */
  replyToId: z.string().nullable(),
  depth: z.number().int(),
  author: CommentAuthorSchema,
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  state: z.enum(COMMENT_STATES),
  /** For hidden comments: the rule and the moderator's reason shown in the thread. */
  moderation: z.object({ rule: ModerationRuleSchema, reason: z.string() }).optional(),
  agreeCount: z.number().int(),
  /** Realtime sequence number of the thread at this change (0 in plain listings). */
  seq: z.number().int(),
  /** The caller's relation to it (false in broadcasts). */
  mine: z.boolean(),
  agreedByMe: z.boolean(),
});
export type Comment = z.infer<typeof CommentSchema>;

export const ThreadPageSchema = z.object({
  data: z.array(CommentSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  premoderation: z.boolean(),
  commentable: z.boolean(),
});
export type ThreadPage = z.infer<typeof ThreadPageSchema>;

export const QueueItemSchema = CommentSchema.extend({
  /** The content, for the moderator's review. */
  originalBody: z.string(),
  reports: z.array(z.object({ reason: z.string(), createdAt: z.string() })),
  /** Who wrote it (the moderator sees the name even while the comment is not shown). */
  authorName: z.string(),
  subject: z.object({ title: z.string(), path: z.string() }),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const InboxThreadSchema = z.object({
  subjectType: ThreadSubjectTypeSchema,
  subjectId: z.string(),
  title: z.string(),
  path: z.string(),
  /** The oldest unanswered comment: the inbox opens the thread at it (`?kommentar=<id>`). */
  commentId: z.string().optional(),
  unanswered: z.number().int(),
  latestAt: z.string(),
});
export type InboxThread = z.infer<typeof InboxThreadSchema>;

export const ModerationLogEntrySchema = z.object({
  id: z.string(),
  action: z.enum(MODERATION_LOG_ACTIONS),
  rule: ModerationRuleSchema.nullable(),
  at: z.string(),
  subjectType: ThreadSubjectTypeSchema,
  subjectId: z.string(),
  subjectTitle: z.string(),
  path: z.string(),
});
export type ModerationLogEntry = z.infer<typeof ModerationLogEntrySchema>;

export const AgreementSchema = z.object({ agreeCount: z.number().int(), agreedByMe: z.boolean() });
