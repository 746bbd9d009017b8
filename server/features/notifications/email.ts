// The address notifications are mailed to. A new address is used only after the person confirms
// it: a random token (stored only as its SHA-256) goes by mail to the new address as a link, valid
// for 24 hours and once, and only for the person who asked. Until then mail keeps going to the
// old confirmed address, or nowhere. Removing the address needs no confirmation.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  EMAIL_CONFIRMATION_HOURS,
  type EmailMode,
  type EmailTokenReason,
  type NotificationSettingsView,
} from '@shared/schemas/notifications';
import type { AppContext } from '../../context';
import { User } from '../../auth/user-model';
import { AppError, notFound } from '../../errors';
import { mailerFor } from '../../mail/mailer';
import { NotificationPreference } from './model';

export const CONFIRM_PATH = '/bekrafta-epost';
const VALID_MS = EMAIL_CONFIRMATION_HOURS * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function refused(reason: EmailTokenReason): AppError {
  const message =
    reason === 'email_token_expired'
      ? 'The confirmation link has expired; save the address again for a new one'
      : 'The confirmation link is not valid (used already, replaced, or for someone else)';
  return new AppError('validation_failed', message, { reason });
}

export async function emailSettings(userId: string): Promise<NotificationSettingsView> {
  const [user, pref] = await Promise.all([
    User.findById(userId, { email: 1, emailPending: 1 }).lean(),
    NotificationPreference.findById(userId, { emailMode: 1 }).lean(),
  ]);
  const pending = user?.emailPending;
  return {
    emailMode: pref?.emailMode === 'daily' ? 'daily' : 'each',
    email: user?.email ?? '',
    pending:
      pending && pending.expiresAt > new Date()
        ? { email: pending.address, expiresAt: pending.expiresAt.toISOString() }
        : null,
  };
}

function confirmationMail(link: string) {
  const hours = EMAIL_CONFIRMATION_HOURS;
  return {
    subject: 'Bekräfta din e-postadress – Mötesplats',
    text:
      `Någon, förhoppningsvis du, vill få aviseringar från Mötesplats till den här adressen.\n` +
      `Bekräfta genom att öppna länken medan du är inloggad (den gäller i ${hours} timmar):\n\n` +
      `${link}\n\nVar det inte du kan du bortse från meddelandet; ingenting skickas hit då.\n\n` +
      `---\nConfirm this address for Mötesplats notifications by opening the link while logged ` +
      `in (valid for ${hours} hours):\n${link}\nIf this was not you, ignore this message.\n`,
  };
}

/** What a change of address did, for the audit entry (never the address: it is personal data). */
export type EmailChange = 'removed' | 'unchanged' | 'pending';

/** Sets (or with '' removes) the person's address: a new one waits for its confirmation. */
export async function requestEmailChange(
  ctx: Pick<AppContext, 'config' | 'logger'>,
  userId: string,
  email: string,
): Promise<{ view: NotificationSettingsView; change: EmailChange }> {
  const user = await User.findById(userId, { email: 1 }).lean();
  if (!user) throw notFound();
  if (email === '' || email === user.email) {
    await User.updateOne(
      { _id: userId },
      email === '' ? { $unset: { email: 1, emailPending: 1 } } : { $unset: { emailPending: 1 } },
    );
    return { view: await emailSettings(userId), change: email === '' ? 'removed' : 'unchanged' };
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + VALID_MS);
  await User.updateOne(
    { _id: userId },
    { $set: { emailPending: { address: email, tokenHash: hashToken(token), expiresAt } } },
  );
  const link = new URL(`${CONFIRM_PATH}?token=${token}`, ctx.config.publicUrl).toString();
  try {
    await mailerFor(ctx).send({ to: email, ...confirmationMail(link) });
  } catch (error) {
    // Neither the address nor the token in the log; the person can save again for a new link.
    ctx.logger.error({ err: { message: (error as Error).message } }, 'confirmation mail failed');
  }
  return { view: await emailSettings(userId), change: 'pending' };
}

/** The link was opened by the person who asked: the pending address becomes the one in use. */
export async function confirmEmail(
  userId: string,
  token: string,
): Promise<NotificationSettingsView> {
  const user = await User.findById(userId).lean();
  const pending = user?.emailPending;
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = pending?.tokenHash ? Buffer.from(pending.tokenHash, 'hex') : undefined;
  if (!pending || !stored || stored.length !== given.length || !timingSafeEqual(stored, given)) {
    throw refused('email_token_invalid');
  }
  if (pending.expiresAt <= new Date()) throw refused('email_token_expired');
  // Conditional on this very token: of two clicks at once only one confirms.
  const result = await User.updateOne(
    { _id: userId, 'emailPending.tokenHash': pending.tokenHash },
    { $set: { email: pending.address }, $unset: { emailPending: 1 } },
  );
  if (result.modifiedCount === 0) throw refused('email_token_invalid');
  return emailSettings(userId);
}

/** One mail per notification, or a daily digest. */
export async function setEmailMode(userId: string, emailMode: EmailMode): Promise<void> {
  await NotificationPreference.updateOne(
    { _id: userId },
    { $set: { emailMode } },
    { upsert: true },
  );
}
