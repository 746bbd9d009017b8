// GET /api/v1/search: the public archive search, a command (commands/search.ts). One search is
// expensive for the server whoever sends it, so it is limited per client address (generously:
// crowds share addresses).
import { SearchResponseSchema } from '@shared/schemas/search';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { limitAddress } from '../../http/limit-address';
import { searchArchive } from './commands/search';

export function archiveRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1').get('/search', searchArchive, {
    summary:
      'Search the public archive in Swedish (stemmed; the last word also matches as a prefix), ranked by relevance then date',
    tags: ['archive'],
    reply: 'body',
    response: SearchResponseSchema,
    errors: {
      400: 'A parameter is malformed (named in the message)',
      429: 'Too many searches from this address',
    },
    before: [limitAddress(app, 'search')],
  });
}
