// GET /api/v1/admin/audit: the audit log for admins, filtered and paginated.
import { Router } from 'express';
import { AuditEntrySchema, AuditQuerySchema } from '@shared/schemas/auth';
import { z } from 'zod';
import { describeApi } from '../openapi/registry';
import { parseInput } from '../http/parse';
import { authorize } from '../policies/authorize';
import { canReadAudit } from '../policies/admin';
import { queryAudit } from './query';
import { CheckpointSchema, listCheckpoints } from './checkpoints';

describeApi({
  method: 'get',
  path: '/api/v1/admin/audit',
  summary: 'The audit log, newest first (action filter: exact, or a prefix ending in ".")',
  tags: ['audit'],
  auth: 'admin',
  query: AuditQuerySchema,
  responses: {
    200: {
      description: 'Entries',
      schema: z.object({ data: z.array(AuditEntrySchema), total: z.number() }),
    },
    400: { description: 'Bad filter' },
    401: { description: 'Not logged in' },
    403: { description: 'Not an admin' },
  },
});

describeApi({
  method: 'get',
  path: '/api/v1/audit/checkpoints',
  summary:
    'Published checkpoints of the audit chain ({ seq, hash, at }, oldest first): save them, then `audit-verify --checkpoints <file>` detects a rewritten or cut tail',
  tags: ['audit'],
  responses: {
    200: {
      description: 'Checkpoints',
      schema: z.object({ data: z.array(CheckpointSchema), total: z.number() }),
    },
  },
});

export function auditRouter(): Router {
  const router = Router();
  router.get('/admin/audit', async (req, res) => {
    authorize(req.user, canReadAudit);
    const query = parseInput(AuditQuerySchema, req.query);
    res.json(await queryAudit(query));
  });
  router.get('/audit/checkpoints', async (_req, res) => {
    const data = await listCheckpoints();
    res.json({ data, total: data.length });
  });
  return router;
}
