// The Socket.IO server: same-origin handshakes only, the HTTP session read in the handshake,
// connection state recovery for clients that drop out for up to two minutes.
import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';
import type { Config } from '../config';
import { findCurrentUser, type CurrentUser } from '../auth/current-user';
import { sessionCookieName } from '../auth/session';

export interface SocketData {
  user?: CurrentUser;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type InterServerEvents = {};

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

/** Every signed-in socket is in its user's room, so role changes and notifications reach it. */
export const userRoom = (userId: string) => `user:${userId}`;

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
  io.use(async (socket, next) => {
    try {
      const userId = (socket.request as { session?: { userId?: string } }).session?.userId;
      socket.data.user = await findCurrentUser(userId);
      next();
    } catch (error) {
      next(error as Error);
    }
  });
  io.on('connection', (socket) => {
    const user = socket.data.user;
    if (user) void socket.join(userRoom(user.id));
  });
  return io;
}
