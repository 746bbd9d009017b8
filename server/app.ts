// Builds the Express app (no listen), so tests and main mount the same thing.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from './context';
import { features } from './features';
import { apiNotFound, errorMiddleware } from './http/error-middleware';
import { requireSameOrigin } from './http/same-origin';
import { noStoreWhenPersonal } from './http/cache-control';
import { enforceAbsoluteLifetime } from './auth/session';
import { loadCurrentUser } from './auth/current-user';
import { httpMetrics } from './metrics';
import { requestId, requestIdOf } from './http/request-id';
import { CLIENT_DIST } from './paths';

export { CLIENT_DIST };

export function createApp(ctx: AppContext): Express {
  const { config, logger } = ctx;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.use(requestId({ trustProxy: config.trustProxy }));
  app.use(httpMetrics);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          // Live sessions may embed the municipality's stream player.
          frameSrc: ["'self'", 'https:'],
          formAction: [
            "'self'",
            ...(config.saml.idpEntryPoint ? [new URL(config.saml.idpEntryPoint).origin] : []),
          ],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https://'),
    }),
  );
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => requestIdOf(req) ?? '',
      // Only the path: query strings may carry search terms or other personal data.
      serializers: {
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      autoLogging: {
        ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics',
      },
    }),
  );

  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '2mb' }));
  app.use(ctx.sessions.middleware);
  app.use(enforceAbsoluteLifetime);
  app.use(loadCurrentUser);
  app.use(requireSameOrigin(config.publicOrigin));

  const api = express.Router();
  api.use(noStoreWhenPersonal);
  for (const feature of features) {
    if (feature.rootRouter) app.use(feature.rootRouter(ctx));
    if (feature.apiRouter) api.use(feature.apiRouter(ctx));
  }
  api.use(apiNotFound);
  app.use('/api/v1', api);

  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    // The SPA owns every other page path; the server answers with the shell.
    app.get(/^\/(?!api\/|auth\/|feeds\/|socket\.io\/).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.sendFile(path.join(CLIENT_DIST, 'index.html'));
    });
  }

  app.use(errorMiddleware(logger));
  return app;
}
