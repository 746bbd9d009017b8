// Meetings (sammanträden) and their agenda items. Items live in their own collection so each has
// a stable id for permalinks, comments, search and OParl; `order` keeps the agenda's sequence.
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import {
  DECISION_MAX,
  ITEM_DESCRIPTION_MAX,
  ITEM_TITLE_MAX,
  LOCATION_MAX,
  MEETING_TITLE_MAX,
} from '@shared/schemas/meetings';

/** draft → published (kallelse) → in_session (sammanträde) → closed. */
export const MEETING_STATUSES = ['draft', 'published', 'in_session', 'closed'] as const;
/** What the public sees: every state after the draft. */
export const PUBLIC_STATUSES = ['published', 'in_session', 'closed'] as const;

const minutesSchema = new Schema(
  {
    documentId: { type: String, required: true },
    /** Justering: the day the minutes were approved, YYYY-MM-DD. */
    approvedOn: { type: String },
    /** The notice board entry announcing the approval. */
    noticeId: { type: String },
  },
  { _id: false },
);

const meetingSchema = new Schema(
  {
    bodyId: { type: String, required: true },
    title: { type: String, required: true, maxlength: MEETING_TITLE_MAX },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date },
    location: { type: String, maxlength: LOCATION_MAX },
    streamUrl: { type: String, maxlength: 2000 },
    status: { type: String, enum: MEETING_STATUSES, default: 'draft' },
    publishedAt: { type: Date },
    minutes: { type: minutesSchema },
    createdBy: { type: String, required: true },
  },
  { timestamps: true },
);
meetingSchema.index({ status: 1, startsAt: 1 });
meetingSchema.index({ bodyId: 1, startsAt: 1 });
meetingSchema.index({ updatedAt: 1 });

const decisionSchema = new Schema(
  {
    text: { type: String, required: true, maxlength: DECISION_MAX },
    decidedAt: { type: Date, required: true },
  },
  { _id: false },
);

const agendaItemSchema = new Schema(
  {
    meetingId: { type: String, required: true },
    order: { type: Number, required: true },
    title: { type: String, required: true, maxlength: ITEM_TITLE_MAX },
    description: { type: String, maxlength: ITEM_DESCRIPTION_MAX },
    documentIds: { type: [String], default: [] },
    decision: { type: decisionSchema },
  },
  { timestamps: true },
);
agendaItemSchema.index({ meetingId: 1, order: 1 });
agendaItemSchema.index({ documentIds: 1 });
agendaItemSchema.index({ updatedAt: 1 });

export type MeetingFields = InferSchemaType<typeof meetingSchema>;
export type MeetingRecord = HydratedDocument<MeetingFields>;
export type AgendaItemFields = InferSchemaType<typeof agendaItemSchema>;
export type AgendaItemRecord = HydratedDocument<AgendaItemFields>;
export const Meeting = mongoose.model('Meeting', meetingSchema);
export const AgendaItem = mongoose.model('AgendaItem', agendaItemSchema);
