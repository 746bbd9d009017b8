// The daily digest: a person who chose it (emailMode 'daily') gets one mail a day with every
// notification since the last one, instead of a mail per event. Their notifications are stored
// with `digest: true`; the scheduler (feature.ts) sends each person's digest once 24 hours have
// passed since the last (or since the oldest waiting notification) and clears the mark.
import { trusted } from 'mongoose';
import { z } from 'zod';
import { NotificationDraftSchema } from '@shared/schemas/notifications';
import type { AppContext } from '../../context';
import { User } from '../../auth/user-model';
import { defineCommand } from '../../commands/define';
import { runCommand, SYSTEM } from '../../commands/run';
import { retryTransient } from '../../db/retry';
import { mailerFor } from '../../mail/mailer';
import { digestMail } from './mail';
import { NotificationModel, NotificationPreference } from './model';
import { presentNotification } from './present';

export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Of these people, the ones who read their notifications by daily digest. */
export async function dailyReaders(userIds: string[]): Promise<Set<string>> {
  const prefs = await NotificationPreference.find(
    { _id: trusted({ $in: userIds }), emailMode: 'daily' },
    { _id: 1 },
  ).lean();
  return new Set(prefs.map((p) => String(p._id)));
}

/**
 * Sends every digest that is due at `now`; answers how many mails went out. A person without a
 * confirmed address gets none, and their waiting marks are cleared all the same.
 */
export async function sendDueDigests(app: AppContext, now = new Date()): Promise<number> {
  const userIds = (await NotificationModel.distinct('userId', { digest: true })).map(String);
  let sent = 0;
  for (const userId of userIds) {
    try {
      if (await sendDigest(app, userId, now)) sent += 1;
    } catch (error) {
      app.logger.error({ err: { message: (error as Error).message } }, 'digest failed');
    }
  }
  return sent;
}

async function sendDigest(app: AppContext, userId: string, now: Date): Promise<boolean> {
  const waiting = await NotificationModel.find({ userId, digest: true })
    .sort({ createdAt: 1, _id: 1 })
    .lean();
  const oldest = waiting[0];
  if (!oldest) return false;
  const pref = await NotificationPreference.findById(userId).lean();
  const since = pref?.lastDigestAt ?? oldest.createdAt;
  if (now.getTime() - since.getTime() < DIGEST_INTERVAL_MS) return false;
  const ids = waiting.map((n) => n._id);
  // Cleared first: two nodes never send the same digest twice (the second clears nothing).
  const cleared = await retryTransient(() =>
    NotificationModel.updateMany(
      { _id: trusted({ $in: ids }), digest: true },
      { $unset: { digest: 1 } },
    ),
  );
  if (cleared.modifiedCount === 0) return false;
  await NotificationPreference.updateOne(
    { _id: userId },
    { $set: { lastDigestAt: now } },
    { upsert: true },
  );
  const user = await User.findOne({ _id: userId, erasedAt: null }, { email: 1 }).lean();
  if (!user?.email) return false;
  const drafts = waiting.flatMap((n) => {
    // The stored notification as a draft again (the schema drops id, createdAt and read).
    const draft = NotificationDraftSchema.safeParse(presentNotification(n));
    return draft.success ? [draft.data] : [];
  });
  if (drafts.length === 0) return false;
  await mailerFor(app).send({ to: user.email, ...digestMail(drafts, app.config.publicUrl) });
  return true;
}

const sendDigestsCommand = defineCommand({
  name: 'notification.digest',
  input: z.object({ at: z.date() }),
  policy: 'system',
  work: ({ app, input }) => sendDueDigests(app, input.at),
});

/** Sends the digests due at `at`, as the system; answers how many mails went out. */
export const runDigests = (app: AppContext, at = new Date()) =>
  runCommand(app, sendDigestsCommand, SYSTEM, { at });

const TICK_MS = 10 * 60_000;

/** Looks for due digests every ten minutes; answers how to stop. */
export function startDigestScheduler(app: AppContext): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = runDigests(app)
      .catch((error: unknown) => app.logger.error({ err: error }, 'sending digests failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
