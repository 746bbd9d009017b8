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
    /** Waits for the person's daily digest mail (cleared when it is sent). */
    digest: { type: Boolean },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
notificationSchema.index({ userId: 1, createdAt: -1 });
notificationSchema.index({ userId: 1, readAt: 1 });
notificationSchema.index({ digest: 1, userId: 1 });

export type NotificationFields = InferSchemaType<typeof notificationSchema> & {
  _id: mongoose.Types.ObjectId;
  createdAt: Date;
};
export const NotificationModel = mongoose.model('Notification', notificationSchema);

/**
 * What a person follows besides proposals (the proposals feature keeps those): a meeting, a body
 * (nämnd) or a document. One per person and thing (unique index), written idempotently.
 */
const followSchema = new Schema(
  {
    userId: { type: String, required: true },
    subjectType: { type: String, enum: ['meeting', 'body', 'document'], required: true },
    subjectId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
followSchema.index({ subjectType: 1, subjectId: 1, userId: 1 }, { unique: true });
followSchema.index({ userId: 1, createdAt: -1 });
export const FollowModel = mongoose.model('Following', followSchema);

/**
 * How a person's notifications reach their mailbox: one mail each (the default), or a daily
 * digest. Notifications waiting for the digest carry `digest: true` until it is sent.
 */
const preferenceSchema = new Schema(
  {
    _id: { type: String },
    emailMode: { type: String, enum: ['each', 'daily'], default: 'each' },
    lastDigestAt: { type: Date },
  },
  { timestamps: true },
);
export const NotificationPreference = mongoose.model('NotificationPreference', preferenceSchema);
