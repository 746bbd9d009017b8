// Proposals, their signatures and followers, and the municipality's proposal rules. Signatures and
// follows are separate collections with unique (proposalId, userId) indexes: one per person
// without transactions; the stored signatureCount is recomputed from them after each write.
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import {
  DEFAULT_PROPOSAL_RULES,
  PROPOSAL_LIMITS,
  PROPOSAL_STATUSES,
  PROPOSAL_TOPICS,
  REJECTION_RULES,
  TIMELINE_KINDS,
} from '@shared/schemas/proposals';

const timelineSchema = new Schema(
  {
    kind: { type: String, enum: TIMELINE_KINDS, required: true },
    at: { type: Date, required: true },
    /** User id of who acted; absent for the system (the deadline). */
    actorId: { type: String },
    status: { type: String, enum: PROPOSAL_STATUSES, required: true },
    reason: { type: String, maxlength: PROPOSAL_LIMITS.answerMax },
    rule: { type: String, enum: REJECTION_RULES },
  },
  { _id: false },
);

const proposalSchema = new Schema(
  {
    title: {
      type: String,
      required: true,
      minlength: PROPOSAL_LIMITS.titleMin,
      maxlength: PROPOSAL_LIMITS.titleMax,
    },
    body: {
      type: String,
      required: true,
      minlength: PROPOSAL_LIMITS.bodyMin,
      maxlength: PROPOSAL_LIMITS.bodyMax,
    },
    /** Normalised title tokens, for the similar-proposal rule (see similarity.ts). */
    titleTokens: { type: [String], default: [] },
    authorId: { type: String, required: true },
    topic: { type: String, enum: PROPOSAL_TOPICS, default: 'other' },
    /** The body the author said it concerns (not the referral). */
    concernsBodyId: { type: String },
    status: { type: String, enum: PROPOSAL_STATUSES, required: true },
    submittedAt: { type: Date },
    openedAt: { type: Date },
    closesAt: { type: Date },
    /** The rules in force when it opened: a later change of rules does not move the goal. */
    threshold: { type: Number, required: true },
    signingDays: { type: Number, required: true },
    signatureCount: { type: Number, default: 0 },
    referral: {
      bodyId: { type: String },
      caseNumber: { type: String, maxlength: PROPOSAL_LIMITS.caseNumberMax },
      at: { type: Date },
    },
    answer: {
      text: { type: String, maxlength: PROPOSAL_LIMITS.answerMax },
      at: { type: Date },
    },
    decision: {
      text: { type: String, maxlength: PROPOSAL_LIMITS.answerMax },
      at: { type: Date },
    },
    agendaItemId: { type: String },
    decisionDocumentId: { type: String },
    timeline: { type: [timelineSchema], default: [] },
  },
  { timestamps: true },
);
proposalSchema.index({ status: 1, createdAt: -1 });
proposalSchema.index({ status: 1, closesAt: 1 });
proposalSchema.index({ status: 1, signatureCount: -1 });
proposalSchema.index({ authorId: 1, createdAt: -1 });
proposalSchema.index({ 'referral.bodyId': 1 });

export type ProposalFields = InferSchemaType<typeof proposalSchema>;
export type ProposalDocument = HydratedDocument<ProposalFields>;
export const Proposal = mongoose.model('Proposal', proposalSchema);

const signatureSchema = new Schema(
  {
    proposalId: { type: String, required: true },
    userId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
signatureSchema.index({ proposalId: 1, userId: 1 }, { unique: true });
signatureSchema.index({ userId: 1, createdAt: -1 });
export const Signature = mongoose.model('ProposalSignature', signatureSchema);

const followSchema = new Schema(
  {
    proposalId: { type: String, required: true },
    userId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
followSchema.index({ proposalId: 1, userId: 1 }, { unique: true });
followSchema.index({ userId: 1, createdAt: -1 });
export const Follow = mongoose.model('ProposalFollow', followSchema);

const rulesSchema = new Schema(
  {
    _id: { type: String, default: 'rules' },
    threshold: { type: Number, default: DEFAULT_PROPOSAL_RULES.threshold },
    signingDays: { type: Number, default: DEFAULT_PROPOSAL_RULES.signingDays },
    similarRefusalMonths: { type: Number, default: DEFAULT_PROPOSAL_RULES.similarRefusalMonths },
    reviewRulesText: { type: String, default: DEFAULT_PROPOSAL_RULES.reviewRulesText },
    updatedBy: { type: String },
  },
  { timestamps: true },
);
export const ProposalRulesModel = mongoose.model('ProposalRules', rulesSchema);

/**
 * One document per step a proposal has taken out of a status (key like `leave:open`). The unique
 * index makes a step happen once even when two nodes (or two moderators) try it at the same
 * moment: FerretDB's findAndModify is not atomic across connections, but a unique index is.
 */
const transitionSchema = new Schema(
  {
    proposalId: { type: String, required: true },
    key: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
transitionSchema.index({ proposalId: 1, key: 1 }, { unique: true });
export const ProposalTransition = mongoose.model('ProposalTransition', transitionSchema);
