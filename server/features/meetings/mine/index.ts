// "My meetings" (issue 17): the route for the meetings' router, the supplementary-document hook of
// the agenda commands, and the person's own data.
import { MyMeetingsSchema } from '@shared/schemas/reading';
import type { CommandRouter } from '../../../http/command-routes';
import { getMyMeetings } from './command';

export { noteSupplements } from './supplements';
export { eraseMeetingsLook, exportMeetingsLook } from './command';

export function mineRoutes(routes: CommandRouter): CommandRouter {
  return routes.get('/me/meetings', getMyMeetings, {
    summary:
      'My coming meetings: agenda, documents with read / unread and new-since-I-last-looked marks',
    tags: ['meetings'],
    response: MyMeetingsSchema,
  });
}
