// Acts that cannot be undone or that hand out power (erasing one's identity, granting and revoking
// roles) need a recent e-ID login, not just an open session: a browser left signed in on a shared
// computer must not be enough. Routes (or commands) call requireFreshLogin before the act.
import type { Request } from 'express';
import { FRESH_LOGIN_REQUIRED } from '@shared/errors';
import { AppError } from '../errors';

/** How recent the login must be. */
export const FRESH_LOGIN_MS = 5 * 60 * 1000;

export function isFreshLogin(loginAt: number | undefined, now = Date.now()): boolean {
  return typeof loginAt === 'number' && loginAt <= now && now - loginAt <= FRESH_LOGIN_MS;
}

/** 403 `forbidden` with `details.reason: "fresh_login_required"` unless the session's login is
 * recent; the client then sends the person through login again with returnTo. */
export function assertFreshLogin(loginAt: number | undefined): void {
  if (!isFreshLogin(loginAt)) {
    throw new AppError('forbidden', 'Log in again to do this (a login within 5 minutes)', {
      reason: FRESH_LOGIN_REQUIRED,
    });
  }
}

export function requireFreshLogin(req: Pick<Request, 'session'>): void {
  assertFreshLogin(req.session?.loginAt);
}
