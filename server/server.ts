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
import { listen } from './realtime/handle';
import { attachRedisAdapter } from './realtime/adapter';
import { installMetrics } from './metrics';

export interface RunningServer {
  ctx: AppContext;
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
  const stopAdapter = config.redisUrl
    ? await attachRedisAdapter(io, config.redisUrl, logger)
    : undefined;
  const ctx: AppContext = { config, logger, secrets, sessions, io };
  const stopMetrics = installMetrics(ctx);

  httpServer.on('request', createApp(ctx));
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
      await stopAdapter?.();
      stopMetrics();
    })();
    return closing;
  };
  return { ctx, url: `http://127.0.0.1:${port}`, port, close };
}
