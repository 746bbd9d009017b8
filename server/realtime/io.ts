// The Socket.IO server: same-origin handshakes only, the HTTP session read in the handshake,
// connection state recovery for clients that drop out for up to two minutes.
import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { Server, type Socket } from 'socket.io';
import proxyAddr from 'proxy-addr';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';
import type { Config } from '../config';
import { findCurrentUser, type CurrentUser } from '../auth/current-user';
import { sessionCookieName } from '../auth/session';
import { sessionRoom, userRoom } from './personal-rooms';
import type { NodeMessages } from './nodes';
import { sessionExpiry } from './session-guard';

export interface SocketData {
  user?: CurrentUser;
  /** The client address, resolved at the handshake through the same TRUST_PROXY rule as HTTP. */
  ip?: string;
  /** The session the socket was opened under, and when its person logged in. */
  sid?: string;
  loginAt?: number;
  /** When the stored session was last found valid, and when it expires if idle (session-guard.ts). */
  sessionCheckedAt?: number;
  sessionExpiresAt?: number;
}

/** Between app nodes (through the adapter): see nodes.ts. */
export type InterServerEvents = NodeMessages;

export type AppServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export const RECOVERY_WINDOW_MS = 2 * 60 * 1000;

export { userRoom } from './personal-rooms';

export function createRealtime(
  httpServer: HttpServer,
  options: { config: Config; sessionMiddleware: RequestHandler },
): AppServer {
  const { config } = options;
  const io: AppServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: {
      maxDisconnectionDuration: RECOVERY_WINDOW_MS,
      skipMiddlewares: true,
    },
    // Cross-site WebSocket hijacking: a browser always sends Origin; a foreign one is refused.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      callback(null, origin === undefined || origin === config.publicOrigin);
    },
  });
  // Only handshakes that carry the session cookie go through the session middleware: anonymous
  // watchers (most of a live session's audience) then keep no session or response objects alive
  // for the lifetime of their socket.
  const cookieName = sessionCookieName(config.publicUrl);
  io.engine.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    if (!(req.headers.cookie ?? '').includes(`${cookieName}=`)) return next();
    options.sessionMiddleware(req as never, res as never, next);
  });
  // One hop of X-Forwarded-For is trusted only behind the configured proxy, as Express does.
  const trust = (_address: string, hop: number) => config.trustProxy && hop < 1;
  io.use(async (socket, next) => {
    try {
      const request = socket.request as IncomingMessage & {
        session?: {
          userId?: string;
          loginAt?: number;
          cookie?: { expires?: Date | string | null };
        };
        sessionID?: string;
      };
      socket.data.ip = proxyAddr(request, trust);
      const user = await findCurrentUser(request.session?.userId);
      socket.data.user = user;
      if (user && request.sessionID) {
        socket.data.sid = request.sessionID;
        socket.data.loginAt = request.session?.loginAt;
        socket.data.sessionCheckedAt = Date.now();
        socket.data.sessionExpiresAt = sessionExpiry(request.session);
      }
      next();
    } catch (error) {
      next(error as Error);
    }
  });
  io.on('connection', (socket) => {
    const user = socket.data.user;
    if (user) void socket.join(userRoom(user.id));
    if (socket.data.sid) void socket.join(sessionRoom(socket.data.sid));
  });
  return io;
}
