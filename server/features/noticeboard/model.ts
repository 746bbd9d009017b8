// Notice board entries (anslagstavla): the announcement that a meeting's minutes are approved,
// posted on a day, with the last day of the appeal period. One entry per meeting.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const noticeSchema = new Schema(
  {
    kind: { type: String, enum: ['minutes'], default: 'minutes' },
    meetingId: { type: String, required: true, unique: true },
    bodyId: { type: String, required: true },
    documentId: { type: String, required: true },
    approvedOn: { type: String, required: true },
    postedAt: { type: Date, required: true },
    /** YYYY-MM-DD, Swedish time. */
    postedOn: { type: String, required: true },
    /** The last day to appeal, YYYY-MM-DD; the entry is current through that day. */
    appealEndsOn: { type: String, required: true },
    createdBy: { type: String, required: true },
  },
  { timestamps: true },
);
noticeSchema.index({ appealEndsOn: 1, postedAt: -1 });

export type NoticeFields = InferSchemaType<typeof noticeSchema>;
export const Notice = mongoose.model('Notice', noticeSchema);
