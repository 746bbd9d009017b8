// Reported absences (anmält förhinder) for a meeting, one per member, and the substitute the
// secretary called in for them. A substitute from the moment they are called in reads the
// meeting's documents, confidential ones included.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { ABSENCE_REASON_MAX } from '@shared/schemas/reading';

const absenceSchema = new Schema(
  {
    meetingId: { type: String, required: true },
    bodyId: { type: String, required: true },
    userId: { type: String, required: true },
    reason: { type: String, maxlength: ABSENCE_REASON_MAX },
    reportedAt: { type: Date, required: true },
    substituteId: { type: String },
    calledInAt: { type: Date },
  },
  { versionKey: false },
);
absenceSchema.index({ meetingId: 1, userId: 1 }, { unique: true });
absenceSchema.index({ substituteId: 1 });

export type AbsenceFields = InferSchemaType<typeof absenceSchema>;
export const Absence = mongoose.model('Absence', absenceSchema);
