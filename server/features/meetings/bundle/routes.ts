// The whole-meeting PDF's route, added to the meetings' router (meetings/routes.ts).
import type { Response } from 'express';
import type { CommandRouter } from '../../../http/command-routes';
import { contentDispositionFor } from './disposition';
import { getMeetingBundle } from './command';

type Answer = Awaited<ReturnType<(typeof getMeetingBundle)['work']>>;

function replyWithPdf(res: Response, answer: Answer): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', contentDispositionFor(answer.name));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // A reader's own copy (confidential pages with their name) is never kept by a cache.
  res.setHeader('Cache-Control', answer.personal ? 'private, no-store' : 'no-cache');
  answer.stream.on('error', () => res.destroy());
  answer.stream.pipe(res);
}

export function bundleRoutes(routes: CommandRouter): CommandRouter {
  return routes.get('/meetings/:id/bundle.pdf', getMeetingBundle, {
    summary:
      'The whole meeting as one PDF: the notice with the agenda as bookmarks and contents, then every document the caller may read (confidential ones watermarked and logged)',
    tags: ['meetings'],
    reply: replyWithPdf,
    errors: { 404: 'No such meeting' },
  });
}
