// Outgoing e-mail. With SMTP_URL: nodemailer over SMTP. Without it, on a development machine (the
// development IdP is on): the dev mailbox (stored in the database, shown at /dev-mailbox) so what
// would have been sent can be read. Otherwise mail is dropped with one warning.
import nodemailer from 'nodemailer';
import type { AppContext } from '../context';
import { DevMail } from './dev-mail-model';
import { trackMailSend } from '../metrics';
import { devMailboxEnabled } from './dev-mailbox';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  kind: 'smtp' | 'dev' | 'none';
  send(message: MailMessage): Promise<void>;
}

function createMailer(ctx: Pick<AppContext, 'config' | 'logger'>): Mailer {
  const { config, logger } = ctx;
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      kind: 'smtp',
      async send(message) {
        await transport.sendMail({ from: config.mailFrom, ...message });
      },
    };
  }
  if (devMailboxEnabled(config)) {
    return {
      kind: 'dev',
      async send(message) {
        await DevMail.create({ from: config.mailFrom, ...message });
      },
    };
  }
  let warned = false;
  return {
    kind: 'none',
    send() {
      if (!warned) logger.warn('SMTP_URL is not set: e-mail notifications are not sent');
      warned = true;
      return Promise.resolve();
    },
  };
}

const mailers = new WeakMap<object, Mailer>();

type Signature = (config: AppContext['config']) => Promise<string>;
let signature: Signature | undefined;

/**
 * The closing lines of every mail (the municipality's name and registry contact), given by the
 * feature that owns them; a failure to read it never stops a mail.
 */
export function setMailSignature(sign: Signature): void {
  signature = sign;
}

async function signed(config: AppContext['config'], message: MailMessage): Promise<MailMessage> {
  if (!signature) return message;
  const lines = await signature(config).catch(() => '');
  return lines ? { ...message, text: `${message.text.trimEnd()}\n\n-- \n${lines}\n` } : message;
}

/** The mailer of this app instance (one per context, created on first use). */
export function mailerFor(ctx: Pick<AppContext, 'config' | 'logger'>): Mailer {
  let mailer = mailers.get(ctx.config);
  if (!mailer) {
    const created = createMailer(ctx);
    mailer = {
      kind: created.kind,
      send: (m) =>
        trackMailSend(created.kind, async () => created.send(await signed(ctx.config, m))),
    };
    mailers.set(ctx.config, mailer);
  }
  return mailer;
}
