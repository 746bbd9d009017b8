// GET /.well-known/security.txt (RFC 9116): where to report a vulnerability. `Contact` comes from
// SECURITY_CONTACT (required in production); without it the file does not exist (404), since a
// security.txt without a contact is invalid. `Expires` lies a year ahead: the file is made from
// the running configuration, so it is as current as the server that answers.
import { Router } from 'express';
import type { Config } from '../../config';
import { notFound } from '../../errors';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export function securityTxt(
  config: Pick<Config, 'securityContact' | 'publicUrl'>,
  now = new Date(),
): string | undefined {
  if (!config.securityContact) return undefined;
  const expires = new Date(now.getTime() + YEAR_MS);
  expires.setUTCMilliseconds(0);
  return [
    `Contact: ${config.securityContact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: sv, en',
    `Canonical: ${config.publicUrl}/.well-known/security.txt`,
    '',
  ].join('\n');
}

export function securityTxtRouter(config: Pick<Config, 'securityContact' | 'publicUrl'>): Router {
  const router = Router();
  router.get('/.well-known/security.txt', (_req, res, next) => {
    const text = securityTxt(config);
    if (!text) return next(notFound());
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('text/plain; charset=utf-8').send(text);
  });
  return router;
}
