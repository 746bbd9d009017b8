// The HTTP API of "Mitt arbete": the signed-in person's own work, declared and documented here.
import { WorkCountsSchema, WorkMeetingsSchema } from '@shared/schemas/work';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { myComingMeetings, myWork } from './commands';

const tags = ['work'];

export function workRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/me/work', myWork, {
      summary:
        'What waits for me: `{ <queue>: count }` for the queues of each of my staff roles (none for citizens)',
      tags,
      auth: 'signed in',
      response: WorkCountsSchema,
    })
    .get('/me/work/meetings', myComingMeetings, {
      summary:
        'The coming meetings of the bodies I sit on as an official, with their documents and which of them I have not opened (`unreadDocumentIds`)',
      tags,
      auth: 'signed in',
      reply: 'body',
      response: WorkMeetingsSchema,
    });
}
