// Sessions: express-session with a MongoDB store (expired sessions removed by the store's interval
// clean-up, not a TTL index). Idle timeout 30 minutes (rolling cookie), absolute lifetime 12 hours.
import type { RequestHandler } from 'express';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import mongoose from 'mongoose';
import type { Config } from '../config';

/** The session cookie's name over plain http (development, tests). */
export const SESSION_COOKIE = 'mp.sid';
/** Over https the name carries the `__Host-` prefix: browsers then accept the cookie only when it
 * is Secure, for the whole host, set by the host itself (no Domain), so a sibling subdomain can
 * neither plant nor overwrite it. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    /** When the person logged in (ms since epoch): the absolute lifetime counts from here. */
    loginAt?: number;
    /** Where to go after the IdP answers. */
    returnTo?: string;
  }
}

/** The session cookie's name for this PUBLIC_URL: the one name used by HTTP, sockets and tests. */
export function sessionCookieName(publicUrl: string): string {
  return publicUrl.startsWith('https://') ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** Attributes of the session cookie; clearing it needs the same (a `__Host-` cookie is only
 * replaced by a Secure one). */
export function sessionCookieOptions(config: Pick<Config, 'publicUrl'>) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.publicUrl.startsWith('https://'),
    path: '/',
  };
}

export interface SessionSetup {
  middleware: RequestHandler;
  store: session.Store;
  close(): Promise<void>;
}

export function createSession(config: Config, secret: string): SessionSetup {
  const store = MongoStore.create({
    client: mongoose.connection.getClient(),
    dbName: mongoose.connection.db?.databaseName,
    collectionName: 'sessions',
    autoRemove: 'interval',
    autoRemoveInterval: 10,
    ttl: IDLE_TIMEOUT_MS / 1000,
    stringify: false,
  });
  // connect-mongo looks a session up with `{ _id, $or: [expiry conditions] }`, which FerretDB
  // answers by scanning every session (~65 ms at 2,000 sessions, on every request and socket
  // handshake). Look up by _id alone and check the expiry here.
  const sessions = mongoose.connection
    .getClient()
    .db(mongoose.connection.db?.databaseName)
    .collection<{ _id: string; expires?: Date; session?: session.SessionData }>('sessions');
  store.get = (sid, callback) => {
    sessions.findOne({ _id: sid }).then(
      (doc) => {
        if (!doc?.session || (doc.expires && doc.expires <= new Date()))
          return callback(null, null);
        // The document's expiry is the one that counts (touch() moves only it), so the session read
        // back says when it really expires.
        const cookie = doc.expires
          ? { ...doc.session.cookie, expires: doc.expires }
          : doc.session.cookie;
        callback(null, { ...doc.session, cookie });
      },
      (error: unknown) => callback(error),
    );
  };
  const middleware = session({
    name: sessionCookieName(config.publicUrl),
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy,
    cookie: { ...sessionCookieOptions(config), maxAge: IDLE_TIMEOUT_MS },
  });
  return {
    middleware,
    store,
    close: async () => {
      await store.close();
    },
  };
}

/** Ends sessions older than the absolute lifetime, however active they were. */
export const enforceAbsoluteLifetime: RequestHandler = (req, _res, next) => {
  const loginAt = req.session?.loginAt;
  if (loginAt && Date.now() - loginAt > ABSOLUTE_LIFETIME_MS) {
    req.session.destroy(() => next());
    return;
  }
  next();
};
