// Presenters of meetings and agenda items: plain JSON with whitelisted fields, resolving bodies,
// documents and the notice board entry with one extra query each (no $lookup on FerretDB).
import type { MeetingView } from '@shared/schemas/meetings';
import type { CurrentUser } from '../../auth/current-user';
import { canManageMeetings } from '../../policies/meetings';
import { Body } from '../bodies/model';
import { RecordDocument } from '../documents/model';
import { Notice } from '../noticeboard/model';
import { AgendaItem, type MeetingRecord } from './model';
import { op } from '../records/query';

type DocumentRef = MeetingView['items'][number]['documents'][number];

export async function presentMeetings(
  meetings: MeetingRecord[],
  user: CurrentUser | undefined,
): Promise<MeetingView[]> {
  if (meetings.length === 0) return [];
  const meetingIds = meetings.map((m) => String(m._id));
  const items = await AgendaItem.find({ meetingId: op({ $in: meetingIds }) })
    .sort({ order: 1 })
    .lean();
  const documentIds = new Set<string>();
  for (const item of items) for (const id of item.documentIds) documentIds.add(id);
  for (const m of meetings) if (m.minutes?.documentId) documentIds.add(m.minutes.documentId);
  const [bodies, documents, notices] = await Promise.all([
    Body.find(
      { _id: op({ $in: [...new Set(meetings.map((m) => m.bodyId))] }) },
      { name: 1 },
    ).lean(),
    RecordDocument.find(
      { _id: op({ $in: [...documentIds] }) },
      { title: 1, kind: 1, caseNumber: 1, secrecy: 1, file: 1 },
    ).lean(),
    Notice.find({ meetingId: op({ $in: meetingIds }) }).lean(),
  ]);
  const bodyNames = new Map(bodies.map((b) => [String(b._id), b.name]));
  const refs = new Map<string, DocumentRef>(
    documents.map((d) => [
      String(d._id),
      {
        id: String(d._id),
        title: d.title,
        kind: d.kind,
        caseNumber: d.caseNumber ?? undefined,
        secrecy: d.secrecy,
        hasFile: Boolean(d.file) && d.secrecy === 'public',
      },
    ]),
  );
  const noticeByMeeting = new Map(notices.map((n) => [n.meetingId, n]));

  return meetings.map((meeting) => {
    const id = String(meeting._id);
    const notice = noticeByMeeting.get(id);
    const minutesDoc = meeting.minutes ? refs.get(meeting.minutes.documentId) : undefined;
    return {
      id,
      bodyId: meeting.bodyId,
      bodyName: bodyNames.get(meeting.bodyId) ?? '',
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
      seq: meeting.seq,
      canManage: canManageMeetings(user, meeting.bodyId),
    };
  });
}

export async function presentMeeting(
  meeting: MeetingRecord,
  user: CurrentUser | undefined,
): Promise<MeetingView> {
  const [view] = await presentMeetings([meeting], user);
  return view!;
}
