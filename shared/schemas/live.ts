// Request and response shapes of live dialogue sessions, shared by server (validation, OpenAPI)
// and client (forms). Limits live here once.
import { z } from 'zod';
import { IdSchema, userText } from './common';

export const LIVE_QUESTION_MAX = 300;
export const LIVE_TITLE_MAX = 200;
export const LIVE_REASON_MAX = 500;
export const LIVE_ANSWER_MAX = 2000;
/** Questions a person may ask per minute, over all sessions. */
export const LIVE_ASKS_PER_MINUTE = 3;

export const LIVE_SESSION_STATUSES = ['scheduled', 'open', 'closed'] as const;
export const LiveSessionStatusSchema = z.enum(LIVE_SESSION_STATUSES);
export type LiveSessionStatus = z.infer<typeof LiveSessionStatusSchema>;

export const QUESTION_STATES = [
  'pending',
  'visible',
  'answering',
  'answered',
  'rejected',
  'merged',
] as const;
export const QuestionStateSchema = z.enum(QUESTION_STATES);
export type QuestionState = z.infer<typeof QuestionStateSchema>;
/** States the public sees. */
export const PUBLIC_STATES: readonly QuestionState[] = ['visible', 'answering', 'answered'];

const text = (max: number) => userText().trim().min(1).max(max);

export const CreateLiveSessionSchema = z.strictObject({
  title: text(LIVE_TITLE_MAX),
  meetingId: IdSchema.optional(),
  agendaItemId: IdSchema.optional(),
  premoderation: z.boolean(),
  streamUrl: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .optional(),
  officialIds: z.array(IdSchema).max(50).optional(),
});
export type CreateLiveSession = z.infer<typeof CreateLiveSessionSchema>;

export const LiveSessionListQuerySchema = z.object({
  status: LiveSessionStatusSchema.optional(),
  meetingId: IdSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const LiveSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: LiveSessionStatusSchema,
  meetingId: z.string().optional(),
  agendaItemId: z.string().optional(),
  premoderation: z.boolean(),
  streamUrl: z.string().optional(),
  officials: z.array(z.object({ id: z.string(), displayName: z.string() })),
  answeringId: z.string().optional(),
  openedAt: z.string().optional(),
  closedAt: z.string().optional(),
  createdAt: z.string(),
  seq: z.number(),
});
export type LiveSession = z.infer<typeof LiveSessionSchema>;

export const LiveQuestionSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  text: z.string(),
  author: z.object({ displayName: z.string() }).optional(),
  /** Shown to moderators only: the author asked to be anonymous to the public. */
  anonymous: z.boolean().optional(),
  votes: z.number(),
  state: QuestionStateSchema,
  seq: z.number(),
  edited: z.boolean(),
  answer: z.string().optional(),
  mergedInto: z.string().optional(),
  /** Shown to moderators only. */
  reason: z.string().optional(),
  createdAt: z.string(),
  answeredAt: z.string().optional(),
  /** Who answered (an answered question): their name and the body they answered for, if any. */
  answeredBy: z.object({ displayName: z.string(), body: z.string().optional() }).optional(),
});
export type LiveQuestion = z.infer<typeof LiveQuestionSchema>;

/** What the caller may do in the session (the server checks again on every action). */
export const LiveAbilitiesSchema = z.object({
  ask: z.boolean(),
  moderate: z.boolean(),
  mark: z.boolean(),
  banned: z.boolean(),
});
export type LiveAbilities = z.infer<typeof LiveAbilitiesSchema>;

export const LiveSessionDetailSchema = LiveSessionSchema.extend({
  questions: z.array(LiveQuestionSchema),
});

// Socket payloads: strict objects, so stray keys (e.g. operators) are refused.
export const JoinPayloadSchema = z.strictObject({
  sessionId: IdSchema,
  /** The last seq the client saw (informational; the answer is always the full state). */
  sinceSeq: z.number().int().min(0).optional(),
  /** Moderator console: also join the moderators' room. */
  moderator: z.boolean().optional(),
});
export const LeavePayloadSchema = z.strictObject({ sessionId: IdSchema });

export const AskPayloadSchema = z.strictObject({
  sessionId: IdSchema,
  text: text(LIVE_QUESTION_MAX),
  anonymous: z.boolean().optional(),
});

export const VotePayloadSchema = z.strictObject({
  questionId: IdSchema,
  up: z.boolean(),
});

export const ModeratePayloadSchema = z.discriminatedUnion('decision', [
  z.strictObject({ questionId: IdSchema, decision: z.literal('approve') }),
  z.strictObject({
    questionId: IdSchema,
    decision: z.literal('reject'),
    reason: text(LIVE_REASON_MAX).optional(),
  }),
  z.strictObject({
    questionId: IdSchema,
    decision: z.literal('edit'),
    text: text(LIVE_QUESTION_MAX),
  }),
  z.strictObject({ questionId: IdSchema, decision: z.literal('merge'), intoId: IdSchema }),
  z.strictObject({
    questionId: IdSchema,
    decision: z.literal('ban'),
    reason: text(LIVE_REASON_MAX),
  }),
]);
export type ModeratePayload = z.infer<typeof ModeratePayloadSchema>;

export const MarkPayloadSchema = z.strictObject({
  questionId: IdSchema,
  state: z.enum(['answering', 'answered']),
  answer: text(LIVE_ANSWER_MAX).optional(),
});
export type MarkPayload = z.infer<typeof MarkPayloadSchema>;

export const LiveJoinResultSchema = z.object({
  session: LiveSessionSchema,
  questions: z.array(LiveQuestionSchema),
  seq: z.number(),
  /** Ids of the questions the caller has voted for. */
  myVotes: z.array(z.string()),
  /** The caller's own questions the public does not see (waiting for review, not published). */
  mine: z.array(LiveQuestionSchema),
  abilities: LiveAbilitiesSchema,
});
export type LiveJoinResult = z.infer<typeof LiveJoinResultSchema>;

/** The acknowledgement of a vote: the question's count as this node knows it, and my vote. */
export const VoteResultSchema = z.object({
  questionId: z.string(),
  votes: z.number(),
  voted: z.boolean(),
});
export type VoteResult = z.infer<typeof VoteResultSchema>;
