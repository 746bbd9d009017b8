// A personal notification: something the person follows changed. Stores the subject's title at the
// time of the change, so the list reads well even if the subject later becomes hidden.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { PROPOSAL_STATUSES, TIMELINE_KINDS } from '@shared/schemas/proposals';

const notificationSchema = new Schema(
  {
    userId: { type: String, required: true },
    kind: { type: String, enum: ['proposal_status'], required: true },
    subjectType: { type: String, enum: ['proposal'], required: true },
    subjectId: { type: String, required: true },
    subjectTitle: { type: String, required: true },
    status: { type: String, enum: PROPOSAL_STATUSES, required: true },
    step: { type: String, enum: TIMELINE_KINDS, required: true },
    path: { type: String, required: true },
    readAt: { type: Date },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
notificationSchema.index({ userId: 1, createdAt: -1 });
notificationSchema.index({ userId: 1, readAt: 1 });

export type NotificationFields = InferSchemaType<typeof notificationSchema> & {
  _id: mongoose.Types.ObjectId;
  createdAt: Date;
};
export const NotificationModel = mongoose.model('Notification', notificationSchema);
