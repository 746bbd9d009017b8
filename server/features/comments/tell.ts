// Who hears of a comment, through the notifications front door: the author of the comment it
// replies to (told whether an official answered), the followers of the thread's subject and of
// its body (a new comment), and the author of a comment a moderator hid (with the rule).
// Only what the public sees is told: a held comment is told when it is approved.
import type { AppContext } from '../../context';
import { loadAuthorNames } from '../../auth/authors';
import { notify, notifyFollowers, type FollowTarget } from '../notifications';
import { resolveSubject } from '../subjects';
import { Comment } from './model';
import type { StoredComment } from './present';

async function subjectOf(comment: StoredComment) {
  const subject = await resolveSubject(comment.subjectType, comment.subjectId);
  return (
    subject && { type: subject.type, id: subject.id, title: subject.title, path: subject.path }
  );
}

/** A comment the public now sees: its parent's author and the followers hear of it. */
export async function tellOfComment(app: AppContext, comment: StoredComment): Promise<void> {
  if (comment.state !== 'visible') return;
  try {
    const subject = await subjectOf(comment);
    if (!subject) return;
    const link = { type: subject.type, id: subject.id, title: subject.title };
    const path = `${subject.path}#kommentar-${String(comment._id)}`;
    let parentAuthor: string | undefined;
    if (comment.replyToId) {
      const parent = await Comment.findById(comment.replyToId, { authorId: 1, state: 1 }).lean();
      if (parent && parent.authorId !== comment.authorId && parent.state === 'visible') {
        parentAuthor = parent.authorId;
        const names = await loadAuthorNames([comment.authorId]);
        await notify(app, [parent.authorId], {
          kind: 'comment_reply',
          subject: link,
          path,
          official: Boolean(comment.official),
          by: names.get(comment.authorId)?.displayName ?? '',
        });
      }
    }
    const targets: FollowTarget[] = [];
    if (subject.type === 'document') targets.push({ type: 'document', id: subject.id });
    await notifyFollowers(
      app,
      targets,
      { kind: 'followed_activity', subject: link, path, event: 'comment' },
      [comment.authorId, parentAuthor],
    );
  } catch (error) {
    app.logger.error({ err: { message: (error as Error).message } }, 'telling of a comment failed');
  }
}

/** A moderator hid the comment (or refused a held one): its author hears of it, with the rule. */
export async function tellOfModeration(
  app: AppContext,
  comment: StoredComment,
  rule: string,
): Promise<void> {
  if (comment.state !== 'hidden' && comment.state !== 'rejected') return;
  try {
    const subject = await subjectOf(comment);
    if (!subject) return;
    await notify(app, [comment.authorId], {
      kind: 'comment_moderated',
      subject: { type: subject.type, id: subject.id, title: subject.title },
      path: subject.path,
      state: comment.state,
      rule,
    });
  } catch (error) {
    app.logger.error(
      { err: { message: (error as Error).message } },
      'telling of moderation failed',
    );
  }
}
