// A personal notification: something the person follows or wrote changed. Stores the subject's
// title at the time of the change, so the list reads well even if the subject later becomes
// hidden, and the fields its kind adds (shared/schemas/notifications.ts) in `details`.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { NOTIFICATION_KINDS, NOTIFICATION_SUBJECT_TYPES } from '@shared/schemas/notifications';

const notificationSchema = new Schema(
  {
    userId: { type: String, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    subjectType: { type: String, enum: NOTIFICATION_SUBJECT_TYPES, required: true },
    subjectId: { type: String, required: true },
    subjectTitle: { type: String, required: true },
    path: { type: String, required: true },
    /** The kind's own fields (e.g. proposal_status: status and step), checked by its schema. */
    details: { type: Schema.Types.Mixed },
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
