// For tests only: a small real collection of subjects (a document-like record with a body,
// public and commentable flags) registered as a subject type, until a test uses the real
// documents and proposals of the records and proposals features.
import mongoose, { Schema } from 'mongoose';
import type { ThreadSubjectType } from '@shared/schemas/comments';
import { registerSubject } from '../subjects';

const testSubjectSchema = new Schema({
  title: { type: String, required: true },
  bodyId: { type: String },
  public: { type: Boolean, default: true },
  commentable: { type: Boolean, default: true },
});
export const TestSubject = mongoose.model('CommentTestSubject', testSubjectSchema);

export function registerTestSubjects(type: ThreadSubjectType): void {
  registerSubject(type, async (id) => {
    const subject = await TestSubject.findById(id).lean();
    if (!subject) return null;
    return {
      id,
      type,
      title: subject.title,
      bodyId: subject.bodyId ?? undefined,
      public: subject.public,
      commentable: subject.commentable,
      path: `/test/${id}`,
    };
  });
}

export async function createTestSubject(
  fields: { title?: string; bodyId?: string; public?: boolean; commentable?: boolean } = {},
): Promise<string> {
  const subject = await TestSubject.create({ title: 'Testhandling', ...fields });
  return String(subject._id);
}
