// A socket lives only as long as the session it was opened under. Every event checks it cheaply:
// the absolute lifetime from the login time, and the stored session (logout, idle timeout,
// erasure) re-read at most every SESSION_RECHECK_MS per socket. Logout and erasure also disconnect
// the person's sockets on every node at once (through the adapter), so the re-read only catches
// what nobody announced (a session that simply expired). Socket activity keeps the session alive
// like HTTP activity does (touched when less than half of the idle time is left).
import type { AppContext } from '../context';
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from '../auth/session';
import { unauthenticated } from '../errors';
import type { AppServer, AppSocket } from './io';
import { sessionRoom, userRoom } from './personal-rooms';

export const SESSION_RECHECK_MS = 30_000;

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

function touchSession(app: AppContext, sid: string, session: StoredSession): void {
  const expires = session.cookie?.expires ? new Date(session.cookie.expires).getTime() : 0;
  if (expires - Date.now() > IDLE_TIMEOUT_MS / 2) return;
  const renewed = {
    ...session,
    cookie: { ...session.cookie, expires: new Date(Date.now() + IDLE_TIMEOUT_MS) },
  };
  app.sessions.store.touch?.(sid, renewed as never, (error?: unknown) => {
    if (error) app.logger.warn({ err: error }, 'touching a session from a socket failed');
  });
}

function end(socket: AppSocket): never {
  socket.data.user = undefined;
  socket.disconnect(true);
  throw unauthenticated('Your session has ended');
}

/** Throws unauthenticated (and disconnects) when the socket's session is over. */
export async function ensureSocketSession(app: AppContext, socket: AppSocket): Promise<void> {
  const { user, sid, loginAt } = socket.data;
  if (!user || !sid) return;
  const now = Date.now();
  if (loginAt && now - loginAt > ABSOLUTE_LIFETIME_MS) end(socket);
  if (now - (socket.data.sessionCheckedAt ?? 0) < SESSION_RECHECK_MS) return;
  const session = await readSession(app, sid);
  if (!session || session.userId !== user.id) end(socket);
  socket.data.sessionCheckedAt = now;
  touchSession(app, sid, session);
}

/** Disconnects every socket opened under this session, on every node. */
export function endSessionSockets(io: AppServer, sessionId: string): void {
  io.in(sessionRoom(sessionId)).disconnectSockets(true);
}

/** Disconnects every socket of this person, on every node (erasure). */
export function endUserSockets(io: AppServer, userId: string): void {
  io.in(userRoom(userId)).disconnectSockets(true);
}
