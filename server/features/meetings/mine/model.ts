// What "my meetings" remembers: documents added to a published meeting's agenda after the notice
// (supplementary documents, for everyone), and when each person last looked at their meetings
// (personal: exported and erased with the person).
import mongoose, { Schema } from 'mongoose';

const supplementSchema = new Schema(
  {
    meetingId: { type: String, required: true },
    documentId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
supplementSchema.index({ meetingId: 1, documentId: 1 }, { unique: true });

const lookSchema = new Schema(
  {
    userId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
lookSchema.index({ userId: 1 }, { unique: true });

export const Supplement = mongoose.model('Supplement', supplementSchema);
export const MeetingsLook = mongoose.model('MeetingsLook', lookSchema);
