// Reading comments: a page of a thread (anyone, public subjects only), the moderator queue (what
// the person may moderate), the public moderation log, and an official's inbox.
import { z } from 'zod';
import { PageQuerySchema } from '@shared/schemas/common';
import { ThreadQuerySchema, ThreadSubjectTypeSchema } from '@shared/schemas/comments';
import { defineCommand } from '../../../commands/define';
import { canSeeModerationQueue, canSeeOfficialInbox } from '../../../policies/comments';
import { officialInbox } from '../inbox';
import { moderationLog, moderationQueue } from '../moderation';
import { readableSubject } from '../subject';
import { listThread } from '../thread';

export const listComments = defineCommand({
  name: 'comment.list',
  input: ThreadQuerySchema.extend({
    subjectType: ThreadSubjectTypeSchema,
    // Any string: an id that is none of ours is a thread that does not exist (404).
    subjectId: z.string(),
  }),
  load: (input) => readableSubject(input.subjectType, input.subjectId),
  policy: 'public',
  work: ({ input, subject, user }) => listThread(input.subjectType, subject, input, user),
});

export const commentModerationQueue = defineCommand({
  name: 'comment.moderation_queue',
  input: z.object({}),
  // Shown to moderators (and admins) of any body; it lists only what they may act on.
  policy: (user) => canSeeModerationQueue(user),
  async work({ user }) {
    const data = await moderationQueue(user!);
    return { data, total: data.length };
  },
});

export const commentModerationLog = defineCommand({
  name: 'comment.moderation_log',
  input: PageQuerySchema,
  policy: 'public',
  work: ({ input }) => moderationLog(input.page, input.pageSize),
});

export const commentInbox = defineCommand({
  name: 'comment.inbox',
  input: z.object({}),
  // Shown to officials of any body; it lists only the threads of their bodies.
  policy: (user) => canSeeOfficialInbox(user),
  async work({ user }) {
    const data = await officialInbox(user!);
    return { data, total: data.length };
  },
});
