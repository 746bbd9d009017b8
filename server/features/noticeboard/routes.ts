// The HTTP API of the notice board: one public list, a command (commands/list.ts).
import { z } from 'zod';
import { NoticeSchema } from '@shared/schemas/noticeboard';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { listNoticeBoard } from './commands/list';

export function noticeBoardRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1').get('/notice-board', listNoticeBoard, {
    summary:
      'The notice board (anslagstavla): approved minutes with posting day and last day to appeal',
    tags: ['notice board'],
    reply: 'body',
    response: z.object({ data: z.array(NoticeSchema), total: z.number() }),
  });
}
