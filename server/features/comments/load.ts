// Loading a comment for a command: the comment with its thread's subject, and so the body the
// policies judge by (the subject's body now, null when it belongs to no body, e.g. a proposal not
// yet referred). A comment of a thread the caller may not read, or one never published that is
// neither theirs nor theirs to moderate, is 404 like a missing one.
import type { CurrentUser } from '../../auth/current-user';
import { isObjectId } from '../../db/ids';
import { notFound } from '../../errors';
import { canModerateComment } from '../../policies/comments';
import type { BodyScope } from '../../policies/roles';
import type { SubjectInfo } from '../subjects';
import { Comment, type CommentDocument } from './model';
import { readableSubject } from './subject';

export interface LoadedComment {
  comment: CommentDocument;
  subject: SubjectInfo;
  /** The body of the thread's subject, what every comment policy is given. */
  bodyId: BodyScope;
}

export async function loadComment(
  id: string,
  user: CurrentUser | undefined,
): Promise<LoadedComment> {
  const comment = isObjectId(id) ? await Comment.findById(id) : null;
  if (!comment) throw notFound('No such comment');
  const subject = await readableSubject(comment.subjectType, comment.subjectId);
  const bodyId = subject.bodyId ?? null;
  if (!comment.published && user?.id !== comment.authorId && !canModerateComment(user, bodyId)) {
    throw notFound('No such comment');
  }
  return { comment, subject, bodyId };
}
