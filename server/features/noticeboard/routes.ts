// HTTP route of the digital notice board: current announcements (appeal period running) and the
// archive of ended ones, for everyone.
import { Router } from 'express';
import { z } from 'zod';
import { NoticeListQuerySchema, NoticeSchema } from '@shared/schemas/noticeboard';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { listNotices } from './service';

describeApi({
  method: 'get',
  path: '/api/v1/notice-board',
  summary:
    'The notice board (anslagstavla): approved minutes with posting day and last day to appeal',
  tags: ['notice board'],
  query: NoticeListQuerySchema,
  responses: {
    200: {
      description: 'Notices, newest first',
      schema: z.object({ data: z.array(NoticeSchema), total: z.number() }),
    },
  },
});

export function noticeBoardRouter(): Router {
  const router = Router();
  router.get('/notice-board', async (req, res) => {
    const query = parseInput(NoticeListQuerySchema, req.query);
    res.json(await listNotices(query.status, query.page, query.pageSize));
  });
  return router;
}
