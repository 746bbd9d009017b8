// Reports, the public moderation log and moderation settings (report threshold, pre-moderation
// per body).
import mongoose, { Schema } from 'mongoose';
import {
  COMMENT_LIMITS,
  MODERATION_LOG_ACTIONS,
  MODERATION_RULES,
  THREAD_SUBJECT_TYPES,
} from '@shared/schemas/comments';

const reportSchema = new Schema(
  {
    commentId: { type: String, required: true },
    userId: { type: String, required: true },
    reason: { type: String, required: true, maxlength: COMMENT_LIMITS.maxReasonLength },
    /** Set when a moderator decided (hid or restored) the comment. */
    resolvedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
// Reporting the same comment twice is a conflict.
reportSchema.index({ commentId: 1, userId: 1 }, { unique: true });
reportSchema.index({ userId: 1 });
export const CommentReport = mongoose.model('CommentReport', reportSchema);

const logSchema = new Schema(
  {
    commentId: { type: String, required: true },
    subjectType: { type: String, enum: THREAD_SUBJECT_TYPES, required: true },
    subjectId: { type: String, required: true },
    action: {
      type: String,
      enum: MODERATION_LOG_ACTIONS,
      required: true,
    },
    rule: { type: String, enum: MODERATION_RULES, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
logSchema.index({ at: -1, _id: -1 });
export const ModerationLog = mongoose.model('CommentModerationLog', logSchema);

const settingsSchema = new Schema(
  {
    /** 'global' for the platform-wide settings, else `body:<bodyId>`. */
    key: { type: String, required: true, unique: true },
    reportThreshold: { type: Number, min: 1, max: 100 },
    premoderation: { type: Boolean },
  },
  { timestamps: true },
);
export const CommentSettings = mongoose.model('CommentSettings', settingsSchema);

export async function reportThreshold(): Promise<number> {
  const settings = await CommentSettings.findOne({ key: 'global' }).lean();
  return settings?.reportThreshold ?? COMMENT_LIMITS.defaultReportThreshold;
}

export async function premoderated(bodyId: string | undefined): Promise<boolean> {
  if (!bodyId) return false;
  const settings = await CommentSettings.findOne({ key: `body:${bodyId}` }).lean();
  return settings?.premoderation ?? false;
}
