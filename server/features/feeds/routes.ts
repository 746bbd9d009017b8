// Open data feeds: the iCalendar feed of published meetings (all, or one body's) and the Atom feed
// of new documents and decisions. Links are stable permalinks on PUBLIC_URL.
import { Router, type Response } from 'express';
import ical from 'ical-generator';
import { Feed } from 'feed';
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { Body } from '../bodies/model';
import { RecordDocument } from '../documents/model';
import { AgendaItem, Meeting } from '../meetings/model';
import { op } from '../records/query';

const FEED_SIZE = 50;
/** How far back the calendar reaches: a year of past meetings is plenty for a subscription. */
const CALENDAR_PAST_DAYS = 366;
const CalendarQuery = z.object({ bodyId: IdSchema.optional() });

describeApi({
  method: 'get',
  path: '/feeds/meetings.ics',
  summary: 'iCalendar feed of published meetings (optionally `?bodyId=`)',
  tags: ['feeds'],
  query: CalendarQuery,
  responses: { 200: { description: 'text/calendar' } },
});
describeApi({
  method: 'get',
  path: '/feeds/bodies/{id}/meetings.ics',
  summary: 'iCalendar feed of one body’s published meetings',
  tags: ['feeds'],
  responses: { 200: { description: 'text/calendar' }, 404: { description: 'No such body' } },
});
describeApi({
  method: 'get',
  path: '/feeds/documents.atom',
  summary: 'Atom feed of new documents and decisions',
  tags: ['feeds'],
  responses: { 200: { description: 'application/atom+xml' } },
});

async function sendCalendar(ctx: AppContext, res: Response, bodyId: string | undefined) {
  const bodies = await Body.find(bodyId ? { _id: bodyId } : {}, { name: 1 }).lean();
  if (bodyId && bodies.length === 0) throw notFound('No such body');
  const names = new Map(bodies.map((b) => [String(b._id), b.name]));
  const since = new Date(Date.now() - CALENDAR_PAST_DAYS * 86_400_000);
  const meetings = await Meeting.find({
    status: 'published',
    startsAt: op({ $gte: since }),
    ...(bodyId ? { bodyId } : {}),
  })
    .sort({ startsAt: 1 })
    .limit(1000)
    .lean();
  const base = ctx.config.publicUrl;
  // Times go out in UTC (…Z): exact in every calendar app without shipping a VTIMEZONE.
  const calendar = ical({
    name: bodyId ? `${names.get(bodyId)} – sammanträden` : 'Sammanträden',
    prodId: { company: 'Mötesplats', product: 'motesplats', language: 'SV' },
    url: `${base}/moten`,
  });
  for (const meeting of meetings) {
    const id = String(meeting._id);
    calendar.createEvent({
      id: `meeting-${id}@${new URL(base).host}`,
      start: meeting.startsAt,
      end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 3_600_000),
      summary: `${names.get(meeting.bodyId) ?? ''}: ${meeting.title}`,
      location: meeting.location ?? null,
      url: `${base}/moten/${id}`,
      description: `${base}/moten/${id}`,
      sequence: meeting.seq,
      lastModified: meeting.updatedAt,
    });
  }
  res.type('text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', 'inline; filename="moten.ics"');
  res.send(calendar.toString());
}

export function feedsRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/feeds/meetings.ics', async (req, res) => {
    const { bodyId } = parseInput(CalendarQuery, req.query);
    await sendCalendar(ctx, res, bodyId);
  });
  router.get('/feeds/bodies/:id/meetings.ics', async (req, res) => {
    const { bodyId } = parseInput(CalendarQuery, { bodyId: req.params.id });
    await sendCalendar(ctx, res, bodyId);
  });

  router.get('/feeds/documents.atom', async (_req, res) => {
    const base = ctx.config.publicUrl;
    const documents = await RecordDocument.find(
      {},
      { title: 1, kind: 1, caseNumber: 1, secrecy: 1, createdAt: 1, bodyId: 1 },
    )
      .sort({ createdAt: -1 })
      .limit(FEED_SIZE)
      .lean();
    const decided = await AgendaItem.find({ decision: op({ $exists: true }) })
      .sort({ 'decision.decidedAt': -1 })
      .limit(FEED_SIZE)
      .lean();
    const publishedIds = new Set(
      (
        await Meeting.find(
          { _id: op({ $in: decided.map((i) => i.meetingId) }), status: 'published' },
          { _id: 1 },
        ).lean()
      ).map((m) => String(m._id)),
    );
    const entries = [
      ...documents.map((d) => ({
        title: d.caseNumber ? `${d.title} (${d.caseNumber})` : d.title,
        id: `${base}/handlingar/${String(d._id)}`,
        link: `${base}/handlingar/${String(d._id)}`,
        date: d.createdAt,
        description:
          d.secrecy === 'confidential'
            ? 'Sekretessbelagd handling (endast uppgifter i diariet)'
            : undefined,
      })),
      ...decided
        .filter((i) => publishedIds.has(i.meetingId) && i.decision)
        .map((i) => ({
          title: `Beslut: ${i.title}`,
          id: `${base}/moten/${i.meetingId}#punkt-${String(i._id)}`,
          link: `${base}/moten/${i.meetingId}#punkt-${String(i._id)}`,
          date: i.decision!.decidedAt,
          description: i.decision!.text,
        })),
    ]
      .sort((a, b) => b.date.getTime() - a.date.getTime())
      .slice(0, FEED_SIZE);
    const feed = new Feed({
      id: `${base}/feeds/documents.atom`,
      title: 'Nya handlingar och beslut',
      link: `${base}/`,
      language: 'sv',
      updated: entries[0]?.date ?? new Date(0),
      feedLinks: { atom: `${base}/feeds/documents.atom` },
      copyright: 'Allmänna handlingar',
      generator: 'Mötesplats',
    });
    for (const entry of entries) feed.addItem(entry);
    res.type('application/atom+xml; charset=utf-8');
    res.send(feed.atom1());
  });
  return router;
}
