// Minutes and the notice board: the secretary attaches the minutes (protokoll) to a published
// meeting and announces their approval (justering); the announcement goes on the notice board
// with the day it was posted and the last day to appeal, and stays current until that day ends.
import type { NoticeView } from '@shared/schemas/noticeboard';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, validationFailed } from '../../errors';
import { Body } from '../bodies/model';
import { RecordDocument } from '../documents/model';
import { Meeting, type MeetingRecord } from '../meetings/model';
import { appealEndsOn, swedishDate } from './appeal';
import { Notice, type NoticeFields } from './model';
import { op } from '../records/query';

export async function attachMinutes(
  user: CurrentUser,
  meeting: MeetingRecord,
  documentId: string,
  ip: string | undefined,
): Promise<MeetingRecord> {
  if (meeting.status !== 'published') throw conflict('Minutes belong to a published meeting');
  if (meeting.minutes?.noticeId) throw conflict('The approval of the minutes is announced');
  const document = await RecordDocument.findById(documentId, { kind: 1, bodyId: 1 }).lean();
  if (!document) throw validationFailed('documentId: no such document');
  if (document.kind !== 'protokoll') {
    throw validationFailed('documentId: the minutes must be a document of kind "protokoll"');
  }
  if (document.bodyId !== meeting.bodyId) {
    throw validationFailed('documentId: the minutes must belong to the meeting’s body');
  }
  meeting.minutes = { documentId };
  await meeting.save();
  await recordAudit({
    actor: user.id,
    action: 'meeting.minutes',
    subject: { type: 'meeting', id: String(meeting._id) },
    after: { documentId },
    ip,
  });
  return meeting;
}

export async function announceApproval(
  user: CurrentUser,
  meeting: MeetingRecord,
  approvedOn: string | undefined,
  ip: string | undefined,
  now: Date = new Date(),
): Promise<MeetingRecord> {
  const minutes = meeting.minutes;
  if (!minutes) throw validationFailed('minutes: attach the minutes before announcing approval');
  if (minutes.noticeId) throw conflict('The approval of these minutes is already announced');
  const postedOn = swedishDate(now);
  const approved = approvedOn ?? postedOn;
  if (approved > postedOn) throw validationFailed('approvedOn: cannot be in the future');
  if (approved < swedishDate(meeting.startsAt)) {
    throw validationFailed('approvedOn: cannot be before the meeting');
  }
  const meetingId = String(meeting._id);
  // The unique meetingId index keeps a double click from posting twice.
  const notice = await Notice.create({
    meetingId,
    bodyId: meeting.bodyId,
    documentId: minutes.documentId,
    approvedOn: approved,
    postedAt: now,
    postedOn,
    appealEndsOn: appealEndsOn(postedOn),
    createdBy: user.id,
  });
  const updated = await Meeting.findByIdAndUpdate(
    meetingId,
    { $set: { 'minutes.approvedOn': approved, 'minutes.noticeId': String(notice._id) } },
    { returnDocument: 'after' },
  );
  await recordAudit({
    actor: user.id,
    action: 'meeting.minutesApproved',
    subject: { type: 'meeting', id: meetingId },
    after: { approvedOn: approved, postedOn, appealEndsOn: notice.appealEndsOn },
    ip,
  });
  return updated ?? meeting;
}

export async function listNotices(
  status: 'current' | 'archived',
  page: number,
  pageSize: number,
  now: Date = new Date(),
): Promise<{ data: NoticeView[]; total: number }> {
  const today = swedishDate(now);
  const filter =
    status === 'current'
      ? { appealEndsOn: op({ $gte: today }) }
      : { appealEndsOn: op({ $lt: today }) };
  const [notices, total] = await Promise.all([
    Notice.find(filter)
      .sort({ postedAt: -1 })
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .lean(),
    Notice.countDocuments(filter),
  ]);
  return { data: await presentNotices(notices, today), total };
}

async function presentNotices(
  notices: Array<NoticeFields & { _id: unknown }>,
  today: string,
): Promise<NoticeView[]> {
  const [bodies, meetings] = await Promise.all([
    Body.find({ _id: op({ $in: notices.map((n) => n.bodyId) }) }, { name: 1 }).lean(),
    Meeting.find(
      { _id: op({ $in: notices.map((n) => n.meetingId) }) },
      { title: 1, startsAt: 1 },
    ).lean(),
  ]);
  const bodyNames = new Map(bodies.map((b) => [String(b._id), b.name]));
  const meetingById = new Map(meetings.map((m) => [String(m._id), m]));
  return notices.map((notice) => {
    const meeting = meetingById.get(notice.meetingId);
    const bodyName = bodyNames.get(notice.bodyId) ?? '';
    return {
      id: String(notice._id),
      kind: 'minutes',
      title: `Protokoll – ${meeting?.title ?? bodyName}`,
      bodyId: notice.bodyId,
      bodyName,
      meetingId: notice.meetingId,
      meetingTitle: meeting?.title ?? '',
      meetingDate: meeting?.startsAt.toISOString() ?? '',
      documentId: notice.documentId,
      approvedOn: notice.approvedOn,
      postedOn: notice.postedOn,
      appealEndsOn: notice.appealEndsOn,
      current: notice.appealEndsOn >= today,
    };
  });
}
