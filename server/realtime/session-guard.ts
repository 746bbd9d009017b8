// A socket lives only as long as the session it was opened under. Every event checks it cheaply:
// the absolute lifetime from the login time and the idle expiry the socket knows of. When that
// expiry has passed, the stored session is re-read before the event runs (HTTP activity may have
// moved it). Otherwise the stored session is re-read at most every SESSION_RECHECK_MS in the
// background, without holding the event up: logout and erasure already disconnect the person's
// sockets on every node at once (through the adapter), so the re-read only catches what nobody
// announced, and a thousand sockets voting at once must not each wait for a session read (that
// wait took bench:votes from 984 to 455 acknowledged votes a second). Socket activity keeps the
// session alive like HTTP activity does (touched when less than half of the idle time is left).
import type { AppContext } from '../context';
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from '../auth/session';
import { unauthenticated } from '../errors';
import type { AppServer, AppSocket } from './io';
import { sessionRoom, userRoom } from './personal-rooms';

export const SESSION_RECHECK_MS = 120_000;

interface StoredSession {
  userId?: string;
  cookie?: { expires?: string | Date | null };
}

function readSession(app: AppContext, sid: string): Promise<StoredSession | null> {
  return new Promise((resolve, reject) =>
    app.sessions.store.get(sid, (error, session) =>
      error ? reject(error as Error) : resolve((session as StoredSession | null) ?? null),
    ),
  );
}

/** When the stored session expires if nothing happens (ms since epoch; 0 when unknown). */
export const sessionExpiry = (session: StoredSession | null | undefined): number =>
  session?.cookie?.expires ? new Date(session.cookie.expires).getTime() : 0;

/** Extends the session when less than half its idle time is left; answers the new expiry. */
function touchSession(app: AppContext, sid: string, session: StoredSession): number {
  const expires = sessionExpiry(session);
  if (expires - Date.now() > IDLE_TIMEOUT_MS / 2) return expires;
  const renewedAt = Date.now() + IDLE_TIMEOUT_MS;
  const renewed = { ...session, cookie: { ...session.cookie, expires: new Date(renewedAt) } };
  app.sessions.store.touch?.(sid, renewed as never, (error?: unknown) => {
    if (error) app.logger.warn({ err: error }, 'touching a session from a socket failed');
  });
  return renewedAt;
}

/** Refuses the event; the socket is disconnected right after its acknowledgement went out. */
function end(socket: AppSocket): never {
  socket.data.user = undefined;
  setImmediate(() => socket.disconnect(true));
  throw unauthenticated('Your session has ended');
}

/** Reads the stored session again; ends the socket when it is gone or another person's. */
async function recheck(app: AppContext, socket: AppSocket, sid: string, userId: string) {
  socket.data.sessionCheckedAt = Date.now();
  const session = await readSession(app, sid);
  if (!session || session.userId !== userId) end(socket);
  socket.data.sessionExpiresAt = touchSession(app, sid, session);
}

/** Throws unauthenticated (and disconnects) when the socket's session is over. */
export async function ensureSocketSession(app: AppContext, socket: AppSocket): Promise<void> {
  const { user, sid, loginAt } = socket.data;
  if (!user || !sid) return;
  const now = Date.now();
  if (loginAt && now - loginAt > ABSOLUTE_LIFETIME_MS) end(socket);
  const known = socket.data.sessionExpiresAt ?? 0;
  if (known !== 0 && now >= known) return recheck(app, socket, sid, user.id);
  if (now - (socket.data.sessionCheckedAt ?? 0) < SESSION_RECHECK_MS) return;
  // Marked as checked before the read, so a burst of events starts one read, not one each.
  recheck(app, socket, sid, user.id).catch((error: unknown) => {
    // Ended (the session is gone: the socket is being disconnected) or already closed.
    if (!socket.data.user || !socket.connected) return;
    app.logger.warn({ err: error }, 'rereading a socket’s session failed');
  });
}

/** Disconnects every socket opened under this session, on every node. */
export function endSessionSockets(io: AppServer, sessionId: string): void {
  io.in(sessionRoom(sessionId)).disconnectSockets(true);
}

/** Disconnects every socket of this person, on every node (erasure). */
export function endUserSockets(io: AppServer, userId: string): void {
  io.in(userRoom(userId)).disconnectSockets(true);
}
