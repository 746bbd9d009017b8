// The sitting (sammanträdet) of a meeting as it happens: one Sitting per meeting (its _id is the
// meeting's id) with the roll call, the current item, the item changes (chapters) and pauses;
// and, per agenda item, the speakers list, motions (yrkanden), votes and their ballots,
// reservations and recusals (jäv) in collections of their own, so that each member's action is
// one row and concurrent members never rewrite each other's document.
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import {
  CHOICES,
  MINUTES_DRAFT_MAX,
  MOTION_MAX,
  QUESTION_MAX,
  RESERVATION_MAX,
  VOTE_KINDS,
} from '@shared/schemas/council';

const attendeeSchema = new Schema(
  {
    userId: { type: String, required: true },
    present: { type: Boolean, required: true },
    substituteFor: { type: String },
  },
  { _id: false },
);

const chapterSchema = new Schema(
  { itemId: { type: String, required: true }, at: { type: Date, required: true } },
  { _id: false },
);

const pauseSchema = new Schema(
  { from: { type: Date, required: true }, to: { type: Date } },
  {
    _id: false,
  },
);

const draftSchema = new Schema(
  {
    text: { type: String, required: true, maxlength: MINUTES_DRAFT_MAX },
    html: { type: String, required: true },
    generatedAt: { type: Date, required: true },
    editedAt: { type: Date },
  },
  { _id: false },
);

const sittingSchema = new Schema(
  {
    /** The meeting's id. */
    _id: { type: String, required: true },
    bodyId: { type: String, required: true },
    startedAt: { type: Date, required: true },
    closedAt: { type: Date },
    adjourned: { type: Boolean, default: false },
    pauses: { type: [pauseSchema], default: [] },
    currentItemId: { type: String },
    attendance: { type: [attendeeSchema], default: [] },
    chapters: { type: [chapterSchema], default: [] },
    minutesDraft: { type: draftSchema },
  },
  { timestamps: true, versionKey: false },
);

const speakerSchema = new Schema(
  {
    meetingId: { type: String, required: true },
    itemId: { type: String, required: true },
    userId: { type: String, required: true },
    /** Place in the list (a replik goes before the first waiting). */
    order: { type: Number, required: true },
    state: { type: String, enum: ['waiting', 'speaking', 'done', 'withdrawn'], required: true },
    replik: { type: Boolean, default: false },
    addedBy: { type: String },
    startedAt: { type: Date },
    endedAt: { type: Date },
  },
  { timestamps: true },
);
speakerSchema.index({ itemId: 1, state: 1, order: 1 });
speakerSchema.index({ meetingId: 1 });

const motionSchema = new Schema(
  {
    meetingId: { type: String, required: true },
    itemId: { type: String, required: true },
    userId: { type: String },
    text: { type: String, required: true, maxlength: MOTION_MAX },
    recordedBy: { type: String, required: true },
  },
  { timestamps: true },
);
motionSchema.index({ meetingId: 1, createdAt: 1 });

const ballotSnapshotSchema = new Schema(
  {
    userId: { type: String, required: true },
    choice: { type: String, enum: CHOICES, required: true },
    recordedBySecretary: { type: Boolean },
  },
  { _id: false },
);

const voteSchema = new Schema(
  {
    meetingId: { type: String, required: true },
    itemId: { type: String, required: true },
    question: { type: String, required: true, maxlength: QUESTION_MAX },
    kind: { type: String, enum: VOTE_KINDS, required: true },
    status: { type: String, enum: ['open', 'closed'], default: 'open' },
    /** Who may vote, fixed when it opened: present serving members not recused on the item. */
    eligible: { type: [String], default: [] },
    seats: { type: Number, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date },
    result: {
      type: new Schema({ ja: Number, nej: Number, avstar: Number, absent: Number }, { _id: false }),
    },
    /** The counted ballots, kept at closing (names are shown for open votes only). */
    counted: { type: [ballotSnapshotSchema], default: undefined },
  },
  { timestamps: true },
);
voteSchema.index({ meetingId: 1, openedAt: 1 });

const ballotSchema = new Schema(
  {
    /** `${voteId}:${userId}`: one ballot per member and vote, by construction. */
    _id: { type: String, required: true },
    voteId: { type: String, required: true },
    userId: { type: String, required: true },
    choice: { type: String, enum: CHOICES, required: true },
    /** The secretary recorded it (no device, or names called out in the chamber). */
    recordedBy: { type: String },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
ballotSchema.index({ voteId: 1, userId: 1 }, { unique: true });

const reservationSchema = new Schema(
  {
    meetingId: { type: String, required: true },
    itemId: { type: String, required: true },
    userId: { type: String, required: true },
    text: { type: String, maxlength: RESERVATION_MAX },
    recordedBy: { type: String, required: true },
  },
  { timestamps: true },
);
reservationSchema.index({ meetingId: 1, createdAt: 1 });

const recusalSchema = new Schema(
  {
    /** `${itemId}:${userId}`: one per member and item. */
    _id: { type: String, required: true },
    meetingId: { type: String, required: true },
    itemId: { type: String, required: true },
    userId: { type: String, required: true },
    recordedBy: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
recusalSchema.index({ meetingId: 1 });

export type SittingFields = InferSchemaType<typeof sittingSchema>;
export type VoteFields = InferSchemaType<typeof voteSchema>;
export type VoteRecord = HydratedDocument<VoteFields>;
export const Sitting = mongoose.model('Sitting', sittingSchema);
export const Speaker = mongoose.model('SittingSpeaker', speakerSchema);
export const Motion = mongoose.model('SittingMotion', motionSchema);
export const Vote = mongoose.model('SittingVote', voteSchema);
export const Ballot = mongoose.model('SittingBallot', ballotSchema);
export const Reservation = mongoose.model('SittingReservation', reservationSchema);
export const Recusal = mongoose.model('SittingRecusal', recusalSchema);
export type SittingRecord = InstanceType<typeof Sitting>;
