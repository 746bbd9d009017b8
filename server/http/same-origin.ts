// CSRF defence: a state-changing request that carries our session cookie must come from our own
// origin (Origin header, else Referer). SAML ACS posts are exempt: the signed response protects them.
import type { RequestHandler } from 'express';
import { forbidden } from '../errors';
import { SESSION_COOKIE } from '../auth/session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

export function requireSameOrigin(publicOrigin: string): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (/^\/auth\/saml\/[^/]+\/acs$/.test(req.path)) return next();
    const hasSessionCookie = (req.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`);
    if (!hasSessionCookie) return next();
    const origin = originOf(req.headers.origin) ?? originOf(req.headers.referer);
    if (origin !== publicOrigin) throw forbidden('Cross-origin request refused');
    next();
  };
}
