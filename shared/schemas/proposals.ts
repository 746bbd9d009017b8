// Citizen proposals (e-förslag): the limits, statuses and request/response shapes shared by the
// server (validation, mongoose limits) and the client (forms, types).
import { z } from 'zod';
import { IdSchema, PageQuerySchema, userText } from './common';

export const PROPOSAL_LIMITS = {
  titleMin: 10,
  titleMax: 150,
  bodyMin: 50,
  bodyMax: 10_000,
  reasonMax: 2_000,
  answerMax: 20_000,
  caseNumberMax: 50,
  rulesTextMax: 10_000,
} as const;

export const DEFAULT_PROPOSAL_RULES = {
  threshold: 50,
  signingDays: 90,
  similarRefusalMonths: 12,
  reviewRulesText: '',
} as const;

export const PROPOSAL_STATUSES = [
  'draft',
  'pending_review',
  'open',
  'rejected',
  'closed',
  'referred',
  'answered',
  'decided',
  'withdrawn',
] as const;
export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** Statuses everyone may see (the rest: author and moderators only). */
export const PUBLIC_PROPOSAL_STATUSES = [
  'open',
  'closed',
  'referred',
  'answered',
  'decided',
] as const satisfies readonly ProposalStatus[];

/** The rules a moderator may cite when rejecting a proposal. */
export const REJECTION_RULES = [
  'not_municipal',
  'offensive',
  'personal_data',
  'commercial',
  'similar',
  'unclear',
  'other',
] as const;
export const RejectionRuleSchema = z.enum(REJECTION_RULES);

/** What a proposal is about (the author chooses one). */
export const PROPOSAL_TOPICS = [
  'traffic',
  'environment',
  'school',
  'care',
  'culture',
  'housing',
  'business',
  'democracy',
  'other',
] as const;
export const ProposalTopicSchema = z.enum(PROPOSAL_TOPICS);
export type ProposalTopic = z.infer<typeof ProposalTopicSchema>;

const HTML_TAG = /<\/?[a-z][^>]*>/i;

/** Plain text with line breaks: normalises line ends, trims, and refuses HTML markup. */
function plainText(min: number, max: number) {
  return userText()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(min, `must be at least ${min} characters`)
        .max(max, `must be at most ${max} characters`)
        .refine((value) => !HTML_TAG.test(value), 'must be plain text without HTML'),
    );
}

export const ProposalTitleSchema = plainText(PROPOSAL_LIMITS.titleMin, PROPOSAL_LIMITS.titleMax)
  // A title is one line.
  .pipe(z.string().refine((value) => !value.includes('\n'), 'must be one line'));
export const ProposalBodySchema = plainText(PROPOSAL_LIMITS.bodyMin, PROPOSAL_LIMITS.bodyMax);

export const CreateProposalSchema = z.object({
  title: ProposalTitleSchema,
  body: ProposalBodySchema,
  topic: ProposalTopicSchema.default('other'),
  /** The body (nämnd) the author thinks it concerns, if any. */
  bodyId: z.union([IdSchema, z.literal('')]).optional(),
  /** Keep as a draft instead of submitting it for review. */
  draft: z.boolean().optional(),
});
export type CreateProposalInput = z.input<typeof CreateProposalSchema>;

export const UpdateDraftSchema = z.object({
  title: ProposalTitleSchema,
  body: ProposalBodySchema,
  topic: ProposalTopicSchema.default('other'),
  bodyId: z.union([IdSchema, z.literal('')]).optional(),
});

export const ReviewProposalSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('approve'),
    reason: userText().max(PROPOSAL_LIMITS.reasonMax).optional(),
  }),
  /** Sent back to the author's draft for changes, with a message to the author. */
  z.object({
    decision: z.literal('return'),
    reason: userText().trim().min(1, 'a message is required').max(PROPOSAL_LIMITS.reasonMax),
  }),
  z.object({
    decision: z.literal('reject'),
    rule: RejectionRuleSchema.default('other'),
    reason: userText().trim().min(1, 'a reason is required').max(PROPOSAL_LIMITS.reasonMax),
  }),
]);
export type ReviewProposalInput = z.input<typeof ReviewProposalSchema>;

export const ReferProposalSchema = z.object({
  bodyId: IdSchema,
  caseNumber: userText().trim().min(1).max(PROPOSAL_LIMITS.caseNumberMax),
  reason: userText().trim().max(PROPOSAL_LIMITS.reasonMax).optional(),
});

export const AnswerProposalSchema = z.object({
  answer: plainText(1, PROPOSAL_LIMITS.answerMax),
  agendaItemId: IdSchema.optional(),
});

export const DecideProposalSchema = z.object({
  decision: plainText(1, PROPOSAL_LIMITS.answerMax),
  decisionDocumentId: IdSchema.optional(),
  agendaItemId: IdSchema.optional(),
});

export const PROPOSAL_SORTS = ['newest', 'signatures', 'closing'] as const;
export const ListProposalsQuerySchema = PageQuerySchema.extend({
  status: z.enum(PUBLIC_PROPOSAL_STATUSES).optional(),
  bodyId: IdSchema.optional(),
  sort: z.enum(PROPOSAL_SORTS).default('newest'),
});

export const ProposalRulesSchema = z.object({
  threshold: z.number().int().min(1).max(1_000_000),
  signingDays: z.number().int().min(1).max(365),
  similarRefusalMonths: z.number().int().min(0).max(60),
  reviewRulesText: userText().max(PROPOSAL_LIMITS.rulesTextMax),
});
export type ProposalRules = z.infer<typeof ProposalRulesSchema>;

export const TIMELINE_KINDS = [
  'drafted',
  'submitted',
  'returned',
  'approved',
  'rejected',
  'closed',
  'threshold_reached',
  'referred_to_body',
  'answered',
  'decided',
  'withdrawn',
] as const;

/** The steps still ahead of a proposal, each with the date it is due (the municipality's aims). */
export const UPCOMING_KINDS = ['review', 'signing_ends', 'referral', 'answer'] as const;
export const UpcomingStepSchema = z.object({
  kind: z.enum(UPCOMING_KINDS),
  /** ISO 8601: the day by which the step is due (an aim for review, referral and answer). */
  due: z.string(),
});
export type UpcomingStep = z.infer<typeof UpcomingStepSchema>;

/** How long the municipality aims to take for each step it controls (days). */
export const PROPOSAL_AIMS = { reviewDays: 10, referralDays: 30, answerDays: 180 } as const;

export const WithdrawProposalSchema = z.object({
  reason: userText().trim().max(PROPOSAL_LIMITS.reasonMax).optional(),
});

const LinkSchema = z.object({ id: z.string(), title: z.string(), path: z.string() });

export const TimelineEntrySchema = z.object({
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  /** Who acted; null for the system (the deadline). */
  actor: z.object({ displayName: z.string() }).nullable(),
  status: ProposalStatusSchema,
  reason: z.string().optional(),
  rule: RejectionRuleSchema.optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ProposalSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  status: ProposalStatusSchema,
  author: z.object({ displayName: z.string() }),
  signatureCount: z.number(),
  threshold: z.number(),
  closesAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  createdAt: z.string(),
  /** When it was (last) sent for review; null while it was never submitted. */
  submittedAt: z.string().nullable(),
  referral: z
    .object({
      body: z.object({ id: z.string(), name: z.string() }),
      caseNumber: z.string(),
      at: z.string(),
    })
    .nullable(),
  answer: z.object({ text: z.string(), at: z.string(), official: z.literal(true) }).nullable(),
  decision: z.object({ text: z.string(), at: z.string() }).nullable(),
  agendaItem: LinkSchema.nullable(),
  decisionDocument: LinkSchema.nullable(),
  timeline: z.array(TimelineEntrySchema),
  /** The steps ahead, with their dates (empty once answered, rejected or withdrawn). */
  upcoming: z.array(UpcomingStepSchema),
  topic: ProposalTopicSchema,
  /** The body the author said it concerns (not the referral). */
  concerns: z.object({ id: z.string(), name: z.string() }).nullable(),
  seq: z.number(),
  /** What the caller may do and has done (absent for anonymous callers). */
  viewer: z
    .object({
      signed: z.boolean(),
      following: z.boolean(),
      isAuthor: z.boolean(),
      canReview: z.boolean(),
      canRefer: z.boolean(),
      canAnswer: z.boolean(),
    })
    .optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

export const ProposalSummarySchema = ProposalSchema.pick({
  id: true,
  topic: true,
  title: true,
  status: true,
  author: true,
  signatureCount: true,
  threshold: true,
  closesAt: true,
  openedAt: true,
  createdAt: true,
  submittedAt: true,
});
export type ProposalSummary = z.infer<typeof ProposalSummarySchema>;

export const MyProposalsSchema = z.object({
  authored: z.array(ProposalSummarySchema),
  signed: z.array(ProposalSummarySchema),
  following: z.array(ProposalSummarySchema),
});
export type MyProposals = z.infer<typeof MyProposalsSchema>;

/** The realtime update sent to `proposal:<id>` after every write. */
export const ProposalUpdateSchema = z.object({
  id: z.string(),
  status: ProposalStatusSchema,
  signatureCount: z.number(),
  seq: z.number(),
});
export type ProposalUpdate = z.infer<typeof ProposalUpdateSchema>;

export const ProposalRoomSchema = z.object({ proposalId: IdSchema });

/** Proposals like a title being written (`GET /proposals/similar?title=`). */
export const SimilarQuerySchema = z.object({ title: userText().max(PROPOSAL_LIMITS.titleMax) });
export const SimilarProposalSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: ProposalStatusSchema,
});
