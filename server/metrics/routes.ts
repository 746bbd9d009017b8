// GET /metrics: the Prometheus text, for the scraper that presents METRICS_TOKEN as a bearer
// token. Without METRICS_TOKEN the endpoint does not exist (404), so nothing is exposed by default.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Config } from '../config';
import { notFound, unauthenticated } from '../errors';
import { metricsText } from './registry';

// Hashing first gives both sides the same length, which timingSafeEqual needs.
const digest = (text: string) => createHash('sha256').update(text).digest();

function presentsToken(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}

export function metricsRouter(config: Pick<Config, 'metricsToken'>): Router {
  const router = Router();
  router.get('/metrics', async (req, res, next) => {
    const token = config.metricsToken;
    if (!token) return next(notFound());
    if (!presentsToken(req.get('authorization'), token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      return next(unauthenticated('A valid metrics bearer token is required'));
    }
    const { contentType, body } = await metricsText();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(body);
  });
  return router;
}
