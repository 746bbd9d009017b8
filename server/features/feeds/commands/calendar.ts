// The iCalendar feed of published meetings (all bodies, or one body's), reaching back a year.
// Times go out in UTC (…Z): exact in every calendar app without shipping a VTIMEZONE. Each event's
// SEQUENCE is its meeting room's seq, which every published change raises.
import ical from 'ical-generator';
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import type { AppContext } from '../../../context';
import { defineCommand } from '../../../commands/define';
import { municipalityProfile } from '../../municipality';
import { notFound } from '../../../errors';
import { bodyExists, bodyNames } from '../../bodies';
import {
  meetingSeqs,
  publishedMeeting,
  publishedMeetingsFrom,
  type MeetingRow,
} from '../../meetings';

/** How far back the calendar reaches: a year of past meetings is plenty for a subscription. */
const CALENDAR_PAST_DAYS = 366;
const CALENDAR_MAX = 1000;

async function calendar(app: AppContext, bodyId: string | undefined): Promise<string> {
  if (bodyId && !(await bodyExists(bodyId))) throw notFound('No such body');
  const since = new Date(Date.now() - CALENDAR_PAST_DAYS * 86_400_000);
  const meetings = await publishedMeetingsFrom(since, {
    ...(bodyId ? { bodyId } : {}),
    limit: CALENDAR_MAX,
  });
  return toICalendar(app, meetings, bodyId);
}

async function toICalendar(
  app: AppContext,
  meetings: MeetingRow[],
  bodyId: string | undefined,
  name?: string,
): Promise<string> {
  const [names, seqs, profile] = await Promise.all([
    bodyNames(bodyId ? [bodyId] : meetings.map((m) => m.bodyId)),
    meetingSeqs(meetings.map((m) => String(m._id))),
    municipalityProfile(app.config),
  ]);
  const base = app.config.publicUrl;
  const feed = ical({
    name:
      name ?? (bodyId ? `${names.get(bodyId)} – sammanträden` : `${profile.name} – sammanträden`),
    prodId: { company: 'Mötesplats', product: 'motesplats', language: 'SV' },
    url: `${base}/moten`,
  });
  for (const meeting of meetings) {
    const id = String(meeting._id);
    feed.createEvent({
      id: `meeting-${id}@${new URL(base).host}`,
      start: meeting.startsAt,
      end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 3_600_000),
      summary: `${names.get(meeting.bodyId) ?? ''}: ${meeting.title}`,
      location: meeting.location ?? null,
      url: `${base}/moten/${id}`,
      description: `${base}/moten/${id}`,
      sequence: seqs.get(id) ?? 0,
      lastModified: meeting.updatedAt,
    });
  }
  return feed.toString();
}

export const meetingCalendar = defineCommand({
  name: 'feed.calendar',
  input: z.object({ bodyId: IdSchema.optional() }),
  policy: 'public',
  work: ({ app, input }) => calendar(app, input.bodyId),
});

export const bodyCalendar = defineCommand({
  name: 'feed.body_calendar',
  input: z.object({ id: IdSchema }),
  policy: 'public',
  work: ({ app, input }) => calendar(app, input.id),
});

/** One meeting as an iCalendar file ("Lägg till i kalendern"): the same event as in the feed. */
export const oneMeetingCalendar = defineCommand({
  name: 'feed.meeting_calendar',
  input: z.object({ id: IdSchema }),
  policy: 'public',
  async work({ app, input }) {
    const meeting = await publishedMeeting(input.id);
    if (!meeting) throw notFound('No such meeting');
    return toICalendar(app, [meeting], undefined, meeting.title);
  },
});
