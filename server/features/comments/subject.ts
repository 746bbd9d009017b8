// What a thread is attached to, learnt only through the subject registry: not public or unknown
// is 404 (no hint that a confidential document exists), not commentable is 409.
import type { ThreadSubjectType } from '@shared/schemas/comments';
import { resolveSubject, type SubjectInfo } from '../subjects';
import { conflict, notFound } from '../../errors';

export async function readableSubject(type: ThreadSubjectType, id: string): Promise<SubjectInfo> {
  const subject = await resolveSubject(type, id);
  if (!subject || !subject.public) throw notFound('No such thread');
  return subject;
}

export async function writableSubject(type: ThreadSubjectType, id: string): Promise<SubjectInfo> {
  const subject = await readableSubject(type, id);
  if (!subject.commentable) throw conflict('This thread does not take new comments');
  return subject;
}
