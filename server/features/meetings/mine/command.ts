// GET /api/v1/me/meetings ("Mina möten"): each coming meeting of the bodies where I am a member,
// and those I am called in for as a substitute, with the agenda and each item's documents — which
// I may read, which I have read, which were added after the notice and which of those are new
// since I last looked. Looking is remembered (my own data).
import { trusted } from 'mongoose';
import type { MyMeetings } from '@shared/schemas/reading';
import { z } from 'zod';
import { defineCommand } from '../../../commands/define';
import { bodiesWithRole } from '../../../policies/roles';
import { bodyNames } from '../../bodies';
import { documentRowsByIds, mayReadContent, readMarks } from '../../documents';
import { absentFrom, meetingsCalledInFor } from '../absence';
import { AgendaItem, Meeting } from '../model';
import { MeetingsLook, Supplement } from './model';

/** A meeting stays "coming" until some hours after it started (the day's meeting included). */
const STILL_COMING_MS = 12 * 3600_000;
const MAX_MEETINGS = 20;

export const getMyMeetings = defineCommand({
  name: 'meeting.mine',
  input: z.object({}),
  policy: 'user',
  async work({ app, user }): Promise<MyMeetings> {
    const me = user!;
    const bodies = bodiesWithRole(me, 'official');
    const calledIn = await meetingsCalledInFor(me.id);
    const mine = [
      ...(bodies === 'all' ? [{}] : bodies.length ? [{ bodyId: trusted({ $in: bodies }) }] : []),
      ...(calledIn.length ? [{ _id: trusted({ $in: calledIn }) }] : []),
    ];
    const offlineConfidential = app.config.offlineConfidential;
    if (mine.length === 0) return { meetings: [], offlineConfidential };
    const meetings = await Meeting.find({
      status: 'published',
      startsAt: trusted({ $gte: new Date(Date.now() - STILL_COMING_MS) }),
      $or: mine,
    })
      .sort({ startsAt: 1 })
      .limit(MAX_MEETINGS)
      .lean();
    const meetingIds = meetings.map((m) => String(m._id));
    const [items, names, absent, supplements, look] = await Promise.all([
      AgendaItem.find({ meetingId: trusted({ $in: meetingIds }) })
        .sort({ order: 1 })
        .lean(),
      bodyNames(meetings.map((m) => m.bodyId)),
      absentFrom(me.id, meetingIds),
      Supplement.find({ meetingId: trusted({ $in: meetingIds }) }).lean(),
      MeetingsLook.findOneAndUpdate(
        { userId: me.id },
        { $set: { at: new Date() } },
        { upsert: true, returnDocument: 'before' },
      ).lean(),
    ]);
    const documentIds = [...new Set(items.flatMap((i) => i.documentIds))];
    const [rows, read] = await Promise.all([
      documentRowsByIds(documentIds),
      readMarks(me.id, documentIds),
    ]);
    const readable = new Map<string, boolean>();
    for (const [id, row] of rows) readable.set(id, await mayReadContent(me, row));
    const added = new Map(supplements.map((s) => [`${s.meetingId}:${s.documentId}`, s.at]));
    const lastLooked = look?.at;
    return {
      offlineConfidential,
      meetings: meetings.map((meeting) => {
        const id = String(meeting._id);
        const own = items.filter((i) => i.meetingId === id);
        return {
          id,
          title: meeting.title,
          bodyId: meeting.bodyId,
          bodyName: names.get(meeting.bodyId) ?? '',
          startsAt: meeting.startsAt.toISOString(),
          ...(meeting.location ? { location: meeting.location } : {}),
          role:
            calledIn.includes(id) && !(bodies === 'all' || bodies.includes(meeting.bodyId))
              ? 'substitute'
              : 'member',
          absent: absent.has(id),
          items: own.map((item, index) => ({
            id: String(item._id),
            number: index + 1,
            title: item.title,
            documents: item.documentIds.flatMap((documentId) => {
              const row = rows.get(documentId);
              if (!row) return [];
              const at = added.get(`${id}:${documentId}`);
              const mayRead = readable.get(documentId) ?? false;
              return [
                {
                  id: documentId,
                  title: row.title,
                  kind: row.kind,
                  ...(row.caseNumber ? { caseNumber: row.caseNumber } : {}),
                  secrecy: row.secrecy,
                  hasFile: Boolean(row.file) && mayRead,
                  readable: mayRead,
                  read: read.has(documentId),
                  supplementary: Boolean(at),
                  isNew: at !== undefined && (!lastLooked || at > lastLooked),
                },
              ];
            }),
          })),
        };
      }),
    };
  },
});

/** When the person last looked, for their data export. */
export async function exportMeetingsLook(userId: string) {
  const look = await MeetingsLook.findOne({ userId }).lean();
  return look ? { lastLookedAt: look.at.toISOString() } : {};
}

export async function eraseMeetingsLook(userId: string): Promise<void> {
  await MeetingsLook.deleteMany({ userId });
}
