// Starts one app node on an already connected database: HTTP + Socket.IO on one server,
// features' socket handlers and background jobs. Returns how to stop it gracefully.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { AppContext } from './context';
import type { Config } from './config';
import { features } from './features';
import type { Logger } from './logger';
import { createSession } from './auth/session';
import type { Secrets } from './secrets';
import { createRealtime } from './realtime/io';
import { listen, type SocketEvent } from './realtime/handle';
import type { Express } from 'express';
import { attachRedisAdapter } from './realtime/adapter';
import { recheckUserSockets } from './realtime/room-guards';
import { createLimits } from './commands/limits';
import { PublicCache } from './http/public-cache';
import { nodeLink } from './realtime/nodes';
import { countRateLimited, installMetrics } from './metrics';

export interface RunningServer {
  ctx: AppContext;
  /** The Express app (tests enumerate its routes). */
  express: Express;
  /** The socket events every connection listens to (tests enumerate them). */
  socketEvents: ReadonlyArray<Pick<SocketEvent, 'name' | 'listener'> & { command?: unknown }>;
  url: string;
  port: number;
  /** Stops accepting, finishes requests, closes sockets; gives up waiting after `timeoutMs`. */
  close(timeoutMs?: number): Promise<void>;
}

export interface StartOptions {
  /** Runs after everything is wired and before the port opens (e.g. seeding demo data), so
   * nobody sees a half-started node. */
  beforeListen?: (ctx: AppContext) => Promise<void>;
}

export async function startServer(
  config: Config,
  logger: Logger,
  secrets: Secrets,
  options: StartOptions = {},
): Promise<RunningServer> {
  const httpServer = http.createServer();
  const sessions = createSession(config, secrets.sessionSecret);
  const io = createRealtime(httpServer, { config, sessionMiddleware: sessions.middleware });
  const redis = config.redisUrl ? await attachRedisAdapter(io, config.redisUrl, logger) : undefined;
  const limits = createLimits({
    ...(redis ? { redis: redis.client } : {}),
    onRefused: (name) => countRateLimited(name),
  });
  const publicCache = new PublicCache();
  const nodes = nodeLink(io, redis !== undefined);
  const ctx: AppContext = { config, logger, secrets, sessions, io, limits, nodes, publicCache };
  // What other nodes tell: a role change (re-check this node's sockets of that person at once),
  // a write that changes public answers.
  io.on('user:changed', (userId) => {
    recheckUserSockets(io, userId).catch((error: unknown) =>
      logger.warn({ err: error }, 're-checking sockets after a role change failed'),
    );
  });
  io.on('cache:bump', (scope) => publicCache.bump(scope));
  const stopMetrics = installMetrics(ctx);

  const expressApp = createApp(ctx);
  httpServer.on('request', expressApp);
  const socketEvents = features.flatMap((feature) => feature.socketEvents?.(ctx) ?? []);
  io.on('connection', (socket) => listen(socket, socketEvents));
  const stops = features
    .map((feature) => feature.start?.(ctx))
    .filter((s) => typeof s === 'function');

  await options.beforeListen?.(ctx);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = (timeoutMs = 10_000) => {
    closing ??= (async () => {
      for (const stop of stops) await stop();
      const finished = new Promise<void>((resolve) => {
        // io.close() also closes the HTTP server, which waits for requests in flight.
        void io.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      const timer = setTimeout(() => httpServer.closeAllConnections(), timeoutMs);
      await finished;
      clearTimeout(timer);
      await redis?.stop();
      stopMetrics();
    })();
    return closing;
  };
  return {
    ctx,
    express: expressApp,
    socketEvents,
    url: `http://127.0.0.1:${port}`,
    port,
    close,
  };
}
