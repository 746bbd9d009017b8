// CSRF defence: a state-changing request that carries our session cookie must come from our own
// origin (Origin header, else Referer). SAML ACS posts are exempt: the signed response protects them.
// So is the development IdP's form: it plays the IdP, another party that never reads our session,
// and Chrome sends `Origin: null` for a form post under our no-referrer policy, which refused a
// signed-in person logging in again.
import type { RequestHandler } from 'express';
import { forbidden } from '../errors';
import { sessionCookieName } from '../auth/session';

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
  const cookieName = sessionCookieName(publicOrigin);
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (/^\/auth\/saml\/[^/]+\/acs$/.test(req.path) || req.path === '/dev-idp/respond') {
      return next();
    }
    const hasSessionCookie = (req.headers.cookie ?? '').includes(`${cookieName}=`);
    if (!hasSessionCookie) return next();
    const origin = originOf(req.headers.origin) ?? originOf(req.headers.referer);
    if (origin !== publicOrigin) throw forbidden('Cross-origin request refused');
    next();
  };
}
