// Live dialogue sessions, their questions and votes. One vote per person and question is the
// vote's `_id` (`<questionId>:<userId>`, also a unique index on the pair); the counters that move
// only after a vote row was really inserted or deleted live in documents of their own, one per
// question and app node, so no two nodes ever update the same counter (see lock.ts and votes.ts).
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import {
  LIVE_ANSWER_MAX,
  LIVE_QUESTION_MAX,
  LIVE_REASON_MAX,
  LIVE_SESSION_STATUSES,
  LIVE_TITLE_MAX,
  QUESTION_STATES,
} from '@shared/schemas/live';

const banSchema = new Schema(
  {
    userId: { type: String, required: true },
    reason: { type: String, required: true, maxlength: LIVE_REASON_MAX },
    by: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const sessionSchema = new Schema(
  {
    title: { type: String, required: true, maxlength: LIVE_TITLE_MAX },
    meetingId: { type: String },
    /** The body of its meeting: its staff run it. No body: a session without a meeting. */
    bodyId: { type: String },
    agendaItemId: { type: String },
    premoderation: { type: Boolean, required: true },
    streamUrl: { type: String, maxlength: 2000 },
    officialIds: { type: [String], default: [] },
    status: { type: String, enum: LIVE_SESSION_STATUSES, default: 'scheduled' },
    /** The question being answered now (at most one). */
    answeringId: { type: String },
    bans: { type: [banSchema], default: [] },
    createdBy: { type: String, required: true },
    openedAt: { type: Date },
    closedAt: { type: Date },
  },
  { timestamps: true },
);
sessionSchema.index({ status: 1, createdAt: -1 });
sessionSchema.index({ meetingId: 1 });

const questionSchema = new Schema(
  {
    sessionId: { type: String, required: true },
    authorId: { type: String, required: true },
    anonymous: { type: Boolean, default: false },
    text: { type: String, required: true, maxlength: LIVE_QUESTION_MAX },
    edited: { type: Boolean, default: false },
    state: { type: String, enum: QUESTION_STATES, required: true },
    votes: { type: Number, default: 0 },
    /** The room seq of this question's last change. */
    seq: { type: Number, default: 0 },
    answer: { type: String, maxlength: LIVE_ANSWER_MAX },
    answeredAt: { type: Date },
    answeredBy: { type: String },
    /** The body the answerer sat on for this session's meeting, named as it was then. */
    answeredByBody: { type: String },
    reason: { type: String, maxlength: LIVE_REASON_MAX },
    mergedInto: { type: String },
  },
  { timestamps: true },
);
questionSchema.index({ sessionId: 1, state: 1 });
questionSchema.index({ authorId: 1, createdAt: -1 });

const voteSchema = new Schema(
  {
    _id: { type: String, required: true },
    questionId: { type: String, required: true },
    sessionId: { type: String, required: true },
    userId: { type: String, required: true },
    /** Written by the insert that stored the row (vote-rows.ts: a lost answer is settled by it). */
    token: { type: String },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
voteSchema.index({ questionId: 1, userId: 1 }, { unique: true });
// Few indexes on purpose: every vote writes each of them (lookups go by _id).
voteSchema.index({ sessionId: 1 });

/**
 * Per session and app node: for each question, votes inserted minus votes deleted through that
 * node (`counts.<questionId>`). A node writes only its own document, one update per flush.
 */
const voteCountSchema = new Schema({
  _id: { type: String, required: true },
  sessionId: { type: String, required: true },
  counts: { type: Map, of: Number, default: () => ({}) },
});
voteCountSchema.index({ sessionId: 1 });

export type LiveSessionFields = InferSchemaType<typeof sessionSchema>;
export type LiveSessionDoc = LiveSessionFields & { _id: mongoose.Types.ObjectId };
export type LiveQuestionFields = InferSchemaType<typeof questionSchema>;
export type LiveQuestionDoc = LiveQuestionFields & {
  _id: mongoose.Types.ObjectId;
  createdAt: Date;
};
export type LiveSessionHydrated = HydratedDocument<LiveSessionFields>;

export const LiveSessionModel = mongoose.model('LiveSession', sessionSchema);
export const LiveQuestionModel = mongoose.model('LiveQuestion', questionSchema);
export const LiveVoteModel = mongoose.model('LiveVote', voteSchema);
export const LiveVoteCountModel = mongoose.model('LiveVoteCount', voteCountSchema);

export const voteId = (questionId: string, userId: string) => `${questionId}:${userId}`;

/**
 * Marks a query operator we wrote ourselves (`{ $in: [...] }`) as trusted: the connection
 * sanitises filters, turning any other object with `$` keys into a literal `$eq` match.
 */
export const op = <T extends object>(operator: T): T => mongoose.trusted(operator);
