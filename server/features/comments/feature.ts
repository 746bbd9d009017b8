// Comment threads on documents, agenda items and proposals: routes, the thread socket events and
// what the GDPR export lists of a person's comments, agreements and reports.
import { Router } from 'express';
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { registerAuditNamer } from '../../audit/names';
import { isObjectId } from '../../db/ids';
import { resolveSubject } from '../subjects';
import { Comment, CommentAgreement } from './model';
import { CommentReport } from './moderation-model';
import { moderationRoutes } from './moderation-routes';
import { threadEvents } from './events';
import { commentRoutes } from './routes';

// The audit log names a comment by its thread's subject (never by its text).
registerAuditNamer('comment', async (id) => {
  const comment = isObjectId(id)
    ? await Comment.findById(id, { subjectType: 1, subjectId: 1 }).lean()
    : null;
  const subject = comment && (await resolveSubject(comment.subjectType, comment.subjectId));
  return subject ? { name: subject.title, path: subject.path } : null;
});

registerPersonalData('comments', async (userId) => {
  const [comments, agreements, reports] = await Promise.all([
    Comment.find({ authorId: userId }).sort({ createdAt: 1 }).lean(),
    CommentAgreement.find({ userId }).lean(),
    CommentReport.find({ userId }).lean(),
  ]);
  return {
    comments: comments.map((c) => ({
      id: String(c._id),
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      body: c.body,
      state: c.state,
      createdAt: c.createdAt,
      editedAt: c.editedAt,
    })),
    agreements: agreements.map((a) => ({ commentId: a.commentId, createdAt: a.createdAt })),
    reports: reports.map((r) => ({
      commentId: r.commentId,
      reason: r.reason,
      createdAt: r.createdAt,
    })),
  };
});

export const commentsFeature: Feature = {
  name: 'comments',
  apiRouter(ctx) {
    const router = Router();
    // The fixed paths (queue, log, inbox) before the /comments/:id ones.
    router.use(moderationRoutes(ctx).router);
    router.use(commentRoutes(ctx).router);
    return router;
  },
  socketEvents: threadEvents,
};
