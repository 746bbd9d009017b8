// Factories for tests: users with roles, and a signed-in client whose session lives in the real
// session store (as a login through the IdP would leave it). The SAML path itself is tested in
// server/auth; these keep other tests fast.
import { randomBytes, randomInt } from 'node:crypto';
import { sign } from 'cookie-signature';
import type { RoleGrant } from '@shared/roles';
import { User, type UserDocument } from '../../server/auth/user-model';
import { pidHash } from '../../server/auth/pid-hash';
import { IDLE_TIMEOUT_MS, sessionCookieName } from '../../server/auth/session';
import type { TestApp } from './app';
import type { HttpClient } from './http';

export function randomPersonnummer(): string {
  const year = 1940 + randomInt(65);
  const month = String(1 + randomInt(12)).padStart(2, '0');
  const day = String(1 + randomInt(28)).padStart(2, '0');
  return `${year}${month}${day}${String(randomInt(10_000)).padStart(4, '0')}`;
}

export interface BuildUserOptions {
  displayName?: string;
  givenName?: string;
  surname?: string;
  roles?: Array<RoleGrant['role'] | RoleGrant>;
  personnummer?: string;
  /** When the session's login happened (ms since epoch); default now, a fresh login. */
  loginAt?: number;
  /** The session's idle expiry from now (default: the full idle timeout). */
  sessionExpiresInMs?: number;
}

export async function buildUser(
  app: TestApp,
  options: BuildUserOptions = {},
): Promise<UserDocument> {
  const givenName = options.givenName ?? 'Test';
  const surname = options.surname ?? `Person${randomInt(100_000)}`;
  return User.create({
    pidHash: pidHash(options.personnummer ?? randomPersonnummer(), app.secrets.pidPepper),
    displayName: options.displayName ?? `${givenName} ${surname}`,
    givenName,
    surname,
    roles: (options.roles ?? ['citizen']).map((r) => (typeof r === 'string' ? { role: r } : r)),
  });
}

/** A client signed in as `user`, with a session stored in the app's session store. */
export async function signIn(
  app: TestApp,
  user: UserDocument,
  client: HttpClient = app.client(),
  loginAt = Date.now(),
  /** When the session expires if idle (as the rolling cookie would have it). */
  expiresInMs = IDLE_TIMEOUT_MS,
): Promise<HttpClient> {
  const sid = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + expiresInMs);
  const data = {
    cookie: {
      originalMaxAge: IDLE_TIMEOUT_MS,
      expires,
      httpOnly: true,
      path: '/',
      sameSite: 'lax',
    },
    userId: String(user._id),
    loginAt,
  };
  await new Promise<void>((resolve, reject) =>
    app.server.ctx.sessions.store.set(sid, data as never, (error) =>
      error ? reject(error as Error) : resolve(),
    ),
  );
  client.setCookie(
    sessionCookieName(app.config.publicUrl),
    encodeURIComponent(`s:${sign(sid, app.secrets.sessionSecret)}`),
  );
  return client;
}

/** A user with the given roles and a client signed in as them. */
export async function signedInUser(app: TestApp, options: BuildUserOptions = {}) {
  const user = await buildUser(app, options);
  const client = await signIn(app, user, app.client(), options.loginAt, options.sessionExpiresInMs);
  return { user, client, id: String(user._id) };
}
