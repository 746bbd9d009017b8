// What follows a change to a published meeting: one `meeting:updated` to its room (the stored
// public view, read after the room's seq was taken, so a later seq never carries an older state),
// and its search index entries (the meeting, its agenda items and their decisions). Drafts are
// neither announced nor indexed.
import { meetingRoom } from '@shared/events/records';
import type { Announcer } from '../../realtime/rooms';
import { indexRecord, removeRecord } from '../../search';
import { bodyName } from '../bodies';
import { trusted } from 'mongoose';
import { AgendaItem, Meeting, PUBLIC_STATUSES } from './model';
import { presentUnstamped } from './present';
import { announceState } from './sitting/state';

const published = (id: string) =>
  Meeting.findOne({ _id: id, status: trusted({ $in: [...PUBLIC_STATUSES] }) });

export async function announceMeeting(rooms: Announcer, meetingId: string): Promise<void> {
  // Checked first, so a draft's change takes no seq of the room.
  if (!(await published(meetingId))) return;
  await rooms.announce(meetingRoom(meetingId), 'meeting:updated', async () => {
    const meeting = await published(meetingId);
    return meeting && (await presentUnstamped([meeting], undefined))[0]!;
  });
  // During the sitting its followers see a decision (or agenda change) in the sitting's state too.
  if (await Meeting.exists({ _id: meetingId, status: 'in_session' })) {
    await announceState(rooms, meetingId);
  }
}

/** Indexes a published meeting, its agenda items and their decisions. */
export async function indexMeeting(meetingId: string): Promise<void> {
  const meeting = await published(meetingId).lean();
  if (!meeting) return;
  const common = { date: meeting.startsAt, bodyId: meeting.bodyId };
  await indexRecord({
    type: 'meeting',
    id: meetingId,
    title: meeting.title,
    text: [await bodyName(meeting.bodyId), meeting.location].filter(Boolean).join('\n'),
    path: `/moten/${meetingId}`,
    ...common,
  });
  const items = await AgendaItem.find({ meetingId }).lean();
  for (const item of items) {
    const itemId = String(item._id);
    const path = `/moten/${meetingId}#punkt-${itemId}`;
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

/** An agenda item that went away leaves the index (as an item and as a decision). */
export async function unindexItem(itemId: string): Promise<void> {
  await removeRecord('agendaItem', itemId);
  await removeRecord('decision', itemId);
}
