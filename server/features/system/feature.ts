// Health, readiness, the OpenAPI document, Prometheus metrics and security.txt.
import { Router } from 'express';
import { z } from 'zod';
import type { Feature } from '../../context';
import { databaseAnswers } from '../../db/connect';
import { buildOpenApiDocument, describeApi } from '../../openapi/registry';
import { metricsRouter } from '../../metrics';
import { securityTxtRouter } from './security-txt';

const HealthSchema = z.object({ status: z.literal('ok') });

describeApi({
  method: 'get',
  path: '/api/v1/openapi.json',
  summary: 'This OpenAPI 3.1 document',
  tags: ['system'],
  responses: { 200: { description: 'The OpenAPI document' } },
});

export const systemFeature: Feature = {
  name: 'system',
  rootRouter(ctx) {
    const router = Router();
    router.use(metricsRouter(ctx.config));
    router.use(securityTxtRouter(ctx.config));
    router.get('/healthz', (_req, res) => {
      res.json(HealthSchema.parse({ status: 'ok' }));
    });
    router.get('/readyz', async (_req, res) => {
      const ready = await databaseAnswers();
      res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable' });
    });
    return router;
  },
  apiRouter(ctx) {
    const router = Router();
    router.get('/openapi.json', (_req, res) => {
      res.json(buildOpenApiDocument({ publicUrl: ctx.config.publicUrl, version: '0.1.0' }));
    });
    return router;
  },
};
