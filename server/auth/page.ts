// Small server-rendered pages of the login flow (the development IdP, login failures): plain
// HTML in Swedish or English from the `auth` namespace, no inline script (the CSP forbids it).
import type { Request, Response } from 'express';
import { resources, type Language } from '@shared/i18n';

type AuthStrings = (typeof resources)['sv']['auth'];
export type PageKey = keyof AuthStrings['pages'];

/**
 * Swedish, the site's default, as in the client (whose language is a switch, not negotiated);
 * English when asked for with `?lang=en` (e.g. a link from the English login page).
 */
export function pageLanguage(req: Request): Language {
  return req.query.lang === 'en' ? 'en' : 'sv';
}

export function pageText(lang: Language): AuthStrings['pages'] {
  return resources[lang].auth.pages;
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export function renderPage(
  res: Response,
  options: { status: number; lang: Language; title: string; body: string; scripts?: string[] },
): void {
  const site = resources[options.lang].common.siteName;
  const scripts = (options.scripts ?? [])
    .map((src) => `<script src="${escapeHtml(src)}" defer></script>`)
    .join('');
  res
    .status(options.status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      `<!doctype html><html lang="${options.lang}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(options.title)} – ${escapeHtml(site)}</title>` +
        `<link rel="stylesheet" href="/auth/assets/pages.css">${scripts}</head>` +
        `<body><main><h1>${escapeHtml(options.title)}</h1>${options.body}</main></body></html>`,
    );
}

/** The failure page of a login: 401 (not authenticated) or 403 (not enough assurance). */
export function renderLoginFailure(
  req: Request,
  res: Response,
  status: 401 | 403,
  reason: 'failed' | 'loa' | 'unknownIdp',
): void {
  const lang = pageLanguage(req);
  const text = pageText(lang);
  const message = { failed: text.failedText, loa: text.loaText, unknownIdp: text.unknownIdpText }[
    reason
  ];
  renderPage(res, {
    status,
    lang,
    title: text.failedTitle,
    body: `<p>${escapeHtml(message)}</p><p><a href="/logga-in">${escapeHtml(text.tryAgain)}</a></p>`,
  });
}
