// The access log's routes, added to the registry's router (documents/routes.ts).
import type { Response } from 'express';
import { z } from 'zod';
import { AccessLogEntrySchema, MyReadSchema } from '@shared/schemas/reading';
import type { CommandRouter } from '../../../http/command-routes';
import { contentDisposition } from '../serve-file';
import { getAccessLog, getMyReads } from './commands';
import { accessLogCsv } from './log';

const tags = ['documents'];

type LogAnswer = Awaited<ReturnType<(typeof getAccessLog)['work']>>;

function replyWithLog(res: Response, answer: LogAnswer): void {
  if (answer.format === 'json') {
    res.json({ data: answer.data });
    return;
  }
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader(
    'Content-Disposition',
    contentDisposition('attachment', `atkomstlogg-${answer.id}.csv`),
  );
  res.send(accessLogCsv(answer.data));
}

export function accessRoutes(routes: CommandRouter): CommandRouter {
  return routes
    .get('/documents/:id/access-log', getAccessLog, {
      summary:
        'Every read of the document’s confidential content (who, when, what, from where); `?format=csv` exports it',
      tags,
      auth: 'secretary of the body, admin',
      reply: replyWithLog,
      response: z.object({ data: z.array(AccessLogEntrySchema) }),
    })
    .get('/me/document-reads', getMyReads, {
      summary: 'My own reads of confidential documents',
      tags,
      reply: 'body',
      response: z.object({ data: z.array(MyReadSchema) }),
    });
}
