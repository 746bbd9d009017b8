// Comments and agreements ("instämmer"). Authors are stored by user id only; names are resolved
// at presentation so GDPR erasure pseudonymises every comment.
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import {
  COMMENT_LIMITS,
  COMMENT_STATES,
  MODERATION_RULES,
  THREAD_SUBJECT_TYPES,
} from '@shared/schemas/comments';

const commentSchema = new Schema(
  {
    subjectType: { type: String, enum: THREAD_SUBJECT_TYPES, required: true },
    subjectId: { type: String, required: true },
    /** The subject's body when the comment was written: its officials answer as officials. */
    bodyId: { type: String },
    authorId: { type: String, required: true },
    /** Cleaned HTML (sanitize.ts); emptied when the author deletes the comment. */
    body: { type: String, default: '', maxlength: COMMENT_LIMITS.maxInputLength },
    /** Shown under (null: top level); replies below the third level attach to the third. */
    parentId: { type: String, default: null },
    /** The top-level comment of this branch (own id for top level), to load a page's replies. */
    rootId: { type: String, default: null },
    replyToId: { type: String, default: null },
    depth: { type: Number, required: true, min: 0, max: COMMENT_LIMITS.maxDepth - 1 },
    state: { type: String, enum: COMMENT_STATES, required: true },
    /** Set once the comment has been shown; never-published comments stay out of the thread. */
    published: { type: Boolean, required: true },
    official: {
      type: new Schema(
        {
          bodyId: { type: String, required: true },
          party: { type: String },
          position: { type: String },
        },
        { _id: false },
      ),
      default: undefined,
    },
    /** An official of the body has answered this comment (the inbox lists those without). */
    officialReplied: { type: Boolean, default: false },
    agreeCount: { type: Number, default: 0 },
    editedAt: { type: Date, default: null },
    deletedAt: { type: Date, default: null },
    /**
     * Parts masked by moderators, newest last. The masked text itself is kept only under rules
     * that allow it (never for personal data, MASK_DISCARDS_ORIGINAL); it is never presented.
     */
    masks: {
      type: [
        new Schema(
          {
            rule: { type: String, enum: MODERATION_RULES, required: true },
            moderatorId: { type: String, required: true },
            at: { type: Date, required: true },
            count: { type: Number, required: true },
            original: { type: String },
          },
          { _id: false },
        ),
      ],
      default: undefined,
    },
    moderation: {
      type: new Schema(
        {
          rule: { type: String, enum: MODERATION_RULES, required: true },
          reason: { type: String, required: true },
          moderatorId: { type: String, required: true },
          at: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: undefined,
    },
  },
  { timestamps: true },
);
// A page of top-level comments in each sort order, and a page's replies.
commentSchema.index({
  subjectType: 1,
  subjectId: 1,
  parentId: 1,
  published: 1,
  createdAt: 1,
  _id: 1,
});
commentSchema.index({
  subjectType: 1,
  subjectId: 1,
  parentId: 1,
  published: 1,
  agreeCount: -1,
  _id: 1,
});
commentSchema.index({ rootId: 1, createdAt: 1 });
// The GDPR export lists a person's comments.
commentSchema.index({ authorId: 1, createdAt: -1 });
// Moderator queue and official inbox.
commentSchema.index({ state: 1, createdAt: 1 });
commentSchema.index({ bodyId: 1, officialReplied: 1, state: 1 });

export type CommentFields = InferSchemaType<typeof commentSchema>;
export type CommentDocument = HydratedDocument<CommentFields>;
export const Comment = mongoose.model('Comment', commentSchema);

const agreementSchema = new Schema(
  {
    commentId: { type: String, required: true },
    userId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
// One "instämmer" per person per comment; the count is recomputed from these.
agreementSchema.index({ commentId: 1, userId: 1 }, { unique: true });
agreementSchema.index({ userId: 1 });
export const CommentAgreement = mongoose.model('CommentAgreement', agreementSchema);
