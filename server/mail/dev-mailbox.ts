// The development mailbox page: GET /dev-mailbox shows the latest caught messages (HTML),
// GET /dev-mailbox.json the same as JSON. It shows everyone's mail to anyone, so it is mounted only
// with the development IdP (a development machine, see config.ts) and without SMTP_URL.
import { Router } from 'express';
import type { Config } from '../config';
import { DevMail } from './dev-mail-model';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function devMailboxEnabled(config: Config): boolean {
  return config.devIdp && !config.smtpUrl;
}

async function latest() {
  const mails = await DevMail.find().sort({ createdAt: -1, _id: -1 }).limit(200).lean();
  return mails.map((m) => ({
    id: String(m._id),
    from: m.from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  }));
}

export function devMailboxRouter(): Router {
  const router = Router();
  router.get('/dev-mailbox.json', async (_req, res) => {
    const data = await latest();
    res.set('Cache-Control', 'no-store').json({ data, total: data.length });
  });
  router.get('/dev-mailbox', async (_req, res) => {
    const mails = await latest();
    const items = mails
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p>Till / To: ${escapeHtml(m.to)} · ${escapeHtml(m.createdAt)}</p><pre>${escapeHtml(m.text)}</pre></article>`,
      )
      .join('\n');
    res
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(
        `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Utvecklingsbrevlåda – Mötesplats</title></head><body><main><h1>Utvecklingsbrevlåda (development mailbox)</h1><p>E-post som skulle ha skickats. Visas bara utanför produktion.</p>${items || '<p>Inga meddelanden.</p>'}</main></body></html>`,
      );
  });
  return router;
}
