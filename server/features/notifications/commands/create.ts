// Creating notifications, as the server's own command (other features call `notify`): stored for
// each person (the in-app list), announced to each person's room, and e-mailed to those who gave
// an address. Not mounted as a route or event: people never create notifications directly.
import { trusted } from 'mongoose';
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { NotificationDraftSchema, type NotificationDraft } from '@shared/schemas/notifications';
import type { AppContext } from '../../../context';
import { defineCommand } from '../../../commands/define';
import { runCommand, SYSTEM } from '../../../commands/run';
import { User } from '../../../auth/user-model';
import { retryTransient } from '../../../db/retry';
import { mailerFor } from '../../../mail/mailer';
import { userRoom } from '../../../realtime/personal-rooms';
import { dailyReaders } from '../digest';
import { mailFor } from '../mail';
import { NotificationModel, type NotificationFields } from '../model';
import { presentNotification, unreadCount } from '../present';

/** People told at once. */
const ANNOUNCE_BATCH = 25;

const createNotifications = defineCommand({
  name: 'notification.create',
  input: z.object({ userIds: z.array(IdSchema), draft: NotificationDraftSchema }),
  policy: 'system',
  async work({ input }): Promise<NotificationFields[]> {
    const userIds = [...new Set(input.userIds)];
    if (userIds.length === 0) return [];
    const { kind, subject, path, ...details } = input.draft;
    // Those who chose the daily digest get their mail later (digest.ts), in one.
    const daily = await dailyReaders(userIds);
    const docs = await retryTransient(() =>
      NotificationModel.insertMany(
        userIds.map((userId) => ({
          userId,
          kind,
          subjectType: subject.type,
          subjectId: subject.id,
          subjectTitle: subject.title,
          path,
          details,
          ...(daily.has(userId) ? { digest: true } : {}),
        })),
      ),
    );
    return docs.map((doc) => doc.toObject() as NotificationFields);
  },
  // Each person's own room hears of their notification with the unread count read after it was
  // stored. A plain payload, not a loader: each event carries its own notification. In batches,
  // so a thousand followers do not take a thousand room seqs at once; a busy database is retried,
  // and one person's failure does not keep the others from hearing.
  async announce(docs, { app }, rooms) {
    let failed = 0;
    for (let i = 0; i < docs.length; i += ANNOUNCE_BATCH) {
      const batch = docs.slice(i, i + ANNOUNCE_BATCH).map(async (doc) => {
        const notification = presentNotification(doc);
        if (!notification) return;
        const unread = await unreadCount(doc.userId);
        await retryTransient(() =>
          rooms.announce(userRoom(doc.userId), 'notification:new', { notification, unread }),
        );
      });
      failed += (await Promise.allSettled(batch)).filter((r) => r.status === 'rejected').length;
    }
    if (failed > 0) app.logger.error({ failed }, 'announcing notifications failed');
  },
  followUp(docs, { app, input }) {
    // E-mail goes out in the background: a slow mail server never holds up the change that
    // caused the notification. sendMails logs its own failures.
    const now = docs.filter((doc) => !doc.digest).map((doc) => doc.userId);
    if (now.length > 0) void sendMails(app, now, input.draft);
    return Promise.resolve();
  },
});

async function sendMails(app: AppContext, userIds: string[], draft: NotificationDraft) {
  try {
    const recipients = await User.find(
      { _id: trusted({ $in: userIds }), email: trusted({ $nin: [null, ''] }), erasedAt: null },
      { email: 1 },
    ).lean();
    const mail = mailFor(draft, app.config.publicUrl);
    const mailer = mailerFor(app);
    for (const user of recipients) {
      if (user.email) await mailer.send({ to: user.email, ...mail });
    }
  } catch (error) {
    // No addresses in the log: only that sending failed.
    app.logger.error({ err: { message: (error as Error).message } }, 'notification e-mail failed');
  }
}

/** Notifies `userIds` of `draft` (duplicates are notified once). */
export async function notify(
  app: AppContext,
  userIds: string[],
  draft: NotificationDraft,
): Promise<void> {
  await runCommand(app, createNotifications, SYSTEM, { userIds, draft });
}
