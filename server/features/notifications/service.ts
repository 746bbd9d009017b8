// Creates notifications for a set of people and delivers them three ways: stored (the in-app list),
// live to each person's socket room, and by e-mail to those who gave an address.
import { trusted } from 'mongoose';
import type { Notification } from '@shared/schemas/notifications';
import type { ProposalStatus, TimelineEntry } from '@shared/schemas/proposals';
import { resources } from '@shared/i18n';
import type { AppContext } from '../../context';
import { User } from '../../auth/user-model';
import { userRoom } from '../../realtime/io';
import { mailerFor } from '../../mail/mailer';
import { retryTransient } from '../../db/retry';
import { NotificationModel, type NotificationFields } from './model';

export interface StatusChange {
  proposalId: string;
  title: string;
  status: ProposalStatus;
  step: TimelineEntry['kind'];
  path: string;
}

export function presentNotification(n: NotificationFields): Notification {
  return {
    id: String(n._id),
    kind: 'proposal_status',
    subject: { type: 'proposal', id: n.subjectId, title: n.subjectTitle },
    status: n.status,
    step: n.step,
    path: n.path,
    createdAt: n.createdAt.toISOString(),
    read: Boolean(n.readAt),
  };
}

export const unreadCount = (userId: string) =>
  NotificationModel.countDocuments({ userId, readAt: null });

function mailFor(change: StatusChange, publicUrl: string) {
  const sv = resources.sv.proposals.status[change.status];
  const en = resources.en.proposals.status[change.status];
  const link = new URL(change.path, publicUrl).toString();
  return {
    subject: `E-förslag: ${change.title} – ${sv}`,
    text:
      `Ett e-förslag du följer har fått ny status: ${sv}.\n\n${change.title}\n${link}\n\n` +
      `Du får detta för att du följer förslaget. Sluta följa det på förslagets sida.\n\n` +
      `---\nA proposal you follow has a new status: ${en}.\n${link}\n`,
  };
}

/** Notifies `userIds` (followers) of a status change. E-mail goes out in the background. */
export async function notifyStatusChange(
  ctx: AppContext,
  userIds: string[],
  change: StatusChange,
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const docs = (await retryTransient(() =>
    NotificationModel.insertMany(
      unique.map((userId) => ({
        userId,
        kind: 'proposal_status',
        subjectType: 'proposal',
        subjectId: change.proposalId,
        subjectTitle: change.title,
        status: change.status,
        step: change.step,
        path: change.path,
      })),
    ),
  )) as unknown as NotificationFields[];
  await Promise.all(
    docs.map(async (doc) => {
      const unread = await unreadCount(doc.userId);
      ctx.io
        .to(userRoom(doc.userId))
        .emit('notification:new', { notification: presentNotification(doc), unread });
    }),
  );
  void sendMails(ctx, unique, change);
}

async function sendMails(ctx: AppContext, userIds: string[], change: StatusChange) {
  try {
    const recipients = await User.find(
      { _id: trusted({ $in: userIds }), email: trusted({ $nin: [null, ''] }), erasedAt: null },
      { email: 1 },
    ).lean();
    const mail = mailFor(change, ctx.config.publicUrl);
    const mailer = mailerFor(ctx);
    for (const user of recipients) {
      if (user.email) await mailer.send({ to: user.email, ...mail });
    }
  } catch (error) {
    // No addresses in the log: only that sending failed.
    ctx.logger.error({ err: { message: (error as Error).message } }, 'notification e-mail failed');
  }
}
