// Open data feeds at the root (stable URLs on PUBLIC_URL): the iCalendar feed of published
// meetings (all, or one body's) and the Atom feed of new documents and decisions. Each is a
// command (commands/) that answers the feed's text; these routes send it with its type.
import type { Response } from 'express';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { bodyCalendar, meetingCalendar, oneMeetingCalendar } from './commands/calendar';
import { documentFeed } from './commands/documents';

const tags = ['feeds'];

function sendCalendar(res: Response, text: string): void {
  res.type('text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', 'inline; filename="moten.ics"');
  res.send(text);
}

/** One meeting's file: downloaded, to be opened in a calendar app. */
function sendMeetingFile(res: Response, text: string): void {
  res.type('text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', 'attachment; filename="sammantrade.ics"');
  res.send(text);
}

function sendAtom(res: Response, text: string): void {
  res.type('application/atom+xml; charset=utf-8');
  res.send(text);
}

export function feedRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '')
    .get('/feeds/meetings.ics', meetingCalendar, {
      summary: 'iCalendar feed of published meetings (optionally `?bodyId=`)',
      tags,
      reply: sendCalendar,
      errors: { 404: 'No such body' },
    })
    .get('/feeds/bodies/:id/meetings.ics', bodyCalendar, {
      summary: 'iCalendar feed of one body’s published meetings',
      tags,
      reply: sendCalendar,
      errors: { 404: 'No such body' },
    })
    .get('/feeds/meetings/:id.ics', oneMeetingCalendar, {
      summary: 'One published meeting as an iCalendar file (to add to one’s calendar)',
      tags,
      reply: sendMeetingFile,
      errors: { 404: 'No such meeting' },
    })
    .get('/feeds/documents.atom', documentFeed, {
      summary: 'Atom feed of new documents and decisions',
      tags,
      reply: sendAtom,
    });
}
