// Binds a login to the browser that started it (against login CSRF: an attacker's own valid
// response posted from the victim's browser). The AuthnRequest id is set in a short-lived cookie
// at /login; the ACS accepts a response only if that browser carries the cookie for its
// InResponseTo. The IdP posts cross-site, so behind HTTPS the cookie is SameSite=None; Secure
// (over plain HTTP, in development, Lax: the development IdP is on the same site).
import type { Request, Response } from 'express';
import { REQUEST_ID_TTL_MS } from './store';

const PREFIX = 'mp.saml.';

function cookieName(requestId: string): string | undefined {
  return /^[A-Za-z0-9_-]{1,100}$/.test(requestId) ? `${PREFIX}${requestId}` : undefined;
}

function cookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    secure,
    sameSite: secure ? ('none' as const) : ('lax' as const),
    path: '/auth/saml/',
  };
}

export function bindLoginToBrowser(res: Response, requestId: string, secure: boolean): void {
  const name = cookieName(requestId);
  if (!name) return;
  res.cookie(name, '1', { ...cookieOptions(secure), maxAge: REQUEST_ID_TTL_MS });
}

/** True when this browser started the login answered by `requestId`; the cookie is removed. */
export function browserStartedLogin(
  req: Request,
  res: Response,
  requestId: string | null,
  secure: boolean,
): boolean {
  const name = requestId ? cookieName(requestId) : undefined;
  if (!name) return false;
  const present = (req.headers.cookie ?? '')
    .split(';')
    .some((part) => part.trim().startsWith(`${name}=`));
  if (present) res.clearCookie(name, cookieOptions(secure));
  return present;
}
