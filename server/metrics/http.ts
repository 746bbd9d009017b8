// HTTP request durations by route *pattern* (`/api/v1/meetings/:id`), never the raw URL: ids and
// query strings would make every request its own time series and could carry personal data.
import type { Request, RequestHandler } from 'express';
import { Histogram } from 'prom-client';
import { countRateLimited } from './rate-limit';
import { registry } from './registry';

const requestDuration = new Histogram({
  name: 'motesplats_http_request_duration_seconds',
  help: 'Time from request to the last byte of the response, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** Requests no route answered (static files, unknown paths). */
export const NO_ROUTE = '(no route)';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Watches the router set `req.route` and takes the pattern together with the router's mount path
 * at that moment: by the time the response finishes, an error on its way to the app-level error
 * handler has already reset `req.baseUrl`.
 */
function captureRoutePattern(req: Request): () => string {
  let route: unknown = undefined;
  let pattern = NO_ROUTE;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: { path?: string | RegExp } | undefined) {
      route = value;
      const path = value?.path;
      if (typeof path === 'string') pattern = `${req.baseUrl}${path}`;
      else if (path instanceof RegExp) pattern = `${req.baseUrl}${path.source}`;
    },
  });
  return () => pattern;
}

export const httpMetrics: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint();
  const pattern = captureRoutePattern(req);
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const method = METHODS.has(req.method) ? req.method : 'OTHER';
    const route = pattern();
    requestDuration.observe({ method, route, status: String(res.statusCode) }, seconds);
    if (res.statusCode === 429) countRateLimited(`http ${method} ${route}`);
  });
  next();
};
