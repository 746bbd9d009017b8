// Outgoing e-mail: sending happens in the process, without a persistent queue, so the "queue" is
// the mails being handed to the SMTP server right now; failures are what to alert on.
import { Counter, Gauge } from 'prom-client';
import { registry } from './registry';

const sending = new Gauge({
  name: 'motesplats_mail_queue',
  help: 'E-mails being sent right now (handed to the mailer, not yet accepted or refused)',
  registers: [registry],
});

const sent = new Counter({
  name: 'motesplats_mail_sent_total',
  help: 'E-mails the mailer accepted (outcome sent) or refused (outcome failed), by mailer kind',
  labelNames: ['kind', 'outcome'] as const,
  registers: [registry],
});

/** Wraps one send so it is counted while it runs and by its outcome. */
export async function trackMailSend(kind: string, send: () => Promise<void>): Promise<void> {
  sending.inc();
  try {
    await send();
    sent.inc({ kind, outcome: 'sent' });
  } catch (error) {
    sent.inc({ kind, outcome: 'failed' });
    throw error;
  } finally {
    sending.dec();
  }
}
