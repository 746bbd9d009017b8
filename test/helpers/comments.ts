// Test helpers of comment threads: real documents through the records API, and a small real
// collection of subjects registered as a subject type, for cases no real subject type offers (a
// public subject that takes no comments) and for the big-thread test.
import mongoose, { Schema } from 'mongoose';
import type { ThreadSubjectType } from '@shared/schemas/comments';
import type { TestApp } from './app';
import { signedInUser } from './factories';
import { Body } from '../../server/features/bodies/model';
import { registerSubject } from '../../server/features/subjects';

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

/** A real document registered through the records API by a secretary of the body. */
export async function realDocument(
  app: TestApp,
  bodyId: string,
  fields: { title?: string; secrecy?: 'public' | 'confidential' } = {},
): Promise<string> {
  const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
  const secrecy = fields.secrecy ?? 'public';
  const res = await secretary.client.post<{ data: { id: string } }>('/api/v1/documents', {
    title: fields.title ?? 'Tjänsteskrivelse om parkeringen vid torget',
    kind: 'tjansteskrivelse',
    bodyId,
    date: '2026-11-02',
    secrecy,
    ...(secrecy === 'confidential' ? { secrecyReference: 'OSL 26 kap. 1 §' } : {}),
  });
  if (res.status !== 201) throw new Error(`document: ${res.status} ${res.text}`);
  return res.body.data.id;
}

/** A body (nämnd) to attach documents to. */
export async function makeBody(name: string): Promise<string> {
  const body = await Body.create({ name, sortKey: name.toLowerCase() });
  return String(body._id);
}
