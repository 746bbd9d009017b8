// After a change to a published meeting: bump its sequence number, bring the search index up to
// date and tell the viewers in room `meeting:<id>`. Write first, then emit.
import { indexRecord } from '../../search';
import type { AppServer } from '../../realtime/io';
import { Body } from '../bodies/model';
import { AgendaItem, Meeting, type MeetingRecord } from './model';
import { presentMeeting } from './present';

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

/** Indexes a published meeting, its agenda items and their decisions. */
export async function indexMeeting(meeting: MeetingRecord): Promise<void> {
  if (meeting.status !== 'published') return;
  const id = String(meeting._id);
  const body = await Body.findById(meeting.bodyId, { name: 1 }).lean();
  const common = { date: meeting.startsAt, bodyId: meeting.bodyId };
  await indexRecord({
    type: 'meeting',
    id,
    title: meeting.title,
    text: [body?.name, meeting.location].filter(Boolean).join('\n'),
    path: `/moten/${id}`,
    ...common,
  });
  const items = await AgendaItem.find({ meetingId: id }).lean();
  for (const item of items) {
    const itemId = String(item._id);
    const path = `/moten/${id}#punkt-${itemId}`;
    await indexRecord({
      type: 'agendaItem',
      id: itemId,
      title: item.title,
      text: item.description ?? '',
      path,
      ...common,
    });
    if (item.decision) {
      await indexRecord({
        type: 'decision',
        id: itemId,
        title: item.title,
        text: item.decision.text,
        path,
        ...common,
        date: item.decision.decidedAt,
      });
    }
  }
}

export async function announceMeetingChange(io: AppServer, meetingId: string): Promise<void> {
  const meeting = await Meeting.findOneAndUpdate(
    { _id: meetingId, status: 'published' },
    { $inc: { seq: 1 } },
    { returnDocument: 'after' },
  );
  if (!meeting) return;
  await indexMeeting(meeting);
  io.to(meetingRoom(meetingId)).emit('meeting:updated', await presentMeeting(meeting, undefined));
}
