// Presenting meetings and their agenda items: plain JSON with whitelisted fields, resolving the
// body's name, the documents and the notice of the minutes with one extra query each (no $lookup
// on FerretDB). `seq` is the meeting room's sequence number (realtime/rooms.ts).
import { trusted } from 'mongoose';
import { meetingRoom } from '@shared/events/records';
import type { MeetingView } from '@shared/schemas/meetings';
import type { CurrentUser } from '../../auth/current-user';
import { canManageMeetings } from '../../policies/meetings';
import { currentSeq } from '../../realtime/rooms';
import { bodyNames } from '../bodies';
import { documentRefs } from '../documents';
import { minutesNotices } from '../noticeboard';
import { AgendaItem, type MeetingRecord } from './model';
import { chaptersOf } from './sitting/chapters';

/** The public view of meetings, before the room's seq is stamped on it. */
export async function presentUnstamped(
  meetings: MeetingRecord[],
  user: CurrentUser | undefined,
): Promise<Array<Omit<MeetingView, 'seq'>>> {
  if (meetings.length === 0) return [];
  const meetingIds = meetings.map((m) => String(m._id));
  const items = await AgendaItem.find({ meetingId: trusted({ $in: meetingIds }) })
    .sort({ order: 1 })
    .lean();
  const documentIds = [
    ...items.flatMap((item) => item.documentIds),
    ...meetings.flatMap((m) => (m.minutes?.documentId ? [m.minutes.documentId] : [])),
  ];
  const [names, refs, notices, chapters] = await Promise.all([
    bodyNames(meetings.map((m) => m.bodyId)),
    documentRefs(documentIds),
    minutesNotices(meetingIds),
    chaptersOf(
      meetings
        .filter((m) => m.status === 'in_session' || m.status === 'closed')
        .map((m) => String(m._id)),
      items,
    ),
  ]);

  return meetings.map((meeting) => {
    const id = String(meeting._id);
    const notice = notices.get(id);
    const minutesDoc = meeting.minutes ? refs.get(meeting.minutes.documentId) : undefined;
    return {
      id,
      bodyId: meeting.bodyId,
      bodyName: names.get(meeting.bodyId) ?? '',
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt?.toISOString(),
      location: meeting.location ?? undefined,
      streamUrl: meeting.streamUrl ?? undefined,
      status: meeting.status,
      publishedAt: meeting.publishedAt?.toISOString(),
      items: items
        .filter((item) => item.meetingId === id)
        .map((item, index) => ({
          id: String(item._id),
          meetingId: id,
          number: index + 1,
          title: item.title,
          description: item.description ?? undefined,
          documents: item.documentIds.flatMap((docId) => refs.get(docId) ?? []),
          decision: item.decision
            ? { text: item.decision.text, decidedAt: item.decision.decidedAt.toISOString() }
            : undefined,
        })),
      minutes: minutesDoc
        ? {
            document: minutesDoc,
            approvedOn: meeting.minutes?.approvedOn ?? undefined,
            postedOn: notice?.postedOn,
            appealEndsOn: notice?.appealEndsOn,
          }
        : undefined,
      canManage: canManageMeetings(user, meeting.bodyId),
      ...(chapters.has(id) ? { chapters: chapters.get(id)! } : {}),
    };
  });
}

/** The rooms' current seqs of these meetings. */
export async function meetingSeqs(meetingIds: string[]): Promise<Map<string, number>> {
  const seqs = await Promise.all(meetingIds.map((id) => currentSeq(meetingRoom(id))));
  return new Map(meetingIds.map((id, index) => [id, seqs[index]!]));
}

/**
 * Meetings as the API answers them. `seqs` read before the meetings were loaded (a page that
 * follows the room) guarantee that every later change arrives with a higher seq; without them
 * the seqs are read now.
 */
export async function presentMeetings(
  meetings: MeetingRecord[],
  user: CurrentUser | undefined,
  seqs?: Map<string, number>,
): Promise<MeetingView[]> {
  const ids = meetings.map((m) => String(m._id));
  const [views, known] = await Promise.all([
    presentUnstamped(meetings, user),
    seqs ?? meetingSeqs(ids),
  ]);
  return views.map((view) => ({ ...view, seq: known.get(view.id) ?? 0 }));
}

export async function presentMeeting(
  meeting: MeetingRecord,
  user: CurrentUser | undefined,
  seq?: number,
): Promise<MeetingView> {
  const seqs = seq === undefined ? undefined : new Map([[String(meeting._id), seq]]);
  return (await presentMeetings([meeting], user, seqs))[0]!;
}
