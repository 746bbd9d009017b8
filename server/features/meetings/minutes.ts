// A meeting's minutes (protokoll): attached to a published meeting (a document of kind protokoll
// of the meeting's body), then their approval (justering) announced on the notice board with the
// day it went up and the last day to appeal. Work only.
import { conflict, validationFailed } from '../../errors';
import { documentFacts } from '../documents';
import { postMinutesNotice, swedishDate, type MinutesNotice } from '../noticeboard';
import { Meeting, type MeetingRecord } from './model';

export async function attachMinutes(
  meeting: MeetingRecord,
  documentId: string,
): Promise<MeetingRecord> {
  if (meeting.status === 'draft') throw conflict('Minutes belong to a published meeting');
  if (meeting.minutes?.noticeId) throw conflict('The approval of the minutes is announced');
  const document = await documentFacts(documentId);
  if (!document) throw validationFailed('documentId: no such document');
  if (document.kind !== 'protokoll') {
    throw validationFailed('documentId: the minutes must be a document of kind "protokoll"');
  }
  if (document.bodyId !== meeting.bodyId) {
    throw validationFailed('documentId: the minutes must belong to the meeting’s body');
  }
  meeting.minutes = { documentId };
  await meeting.save();
  return meeting;
}

export interface Approval {
  approvedOn: string;
  notice: MinutesNotice;
}

/** Announces the approval on the notice board, posted at `postedAt`; once per meeting. */
export async function approveMinutes(
  meeting: MeetingRecord,
  approvedOn: string | undefined,
  postedAt: Date,
  userId: string,
): Promise<Approval> {
  const minutes = meeting.minutes;
  if (!minutes) throw validationFailed('minutes: attach the minutes before announcing approval');
  if (minutes.noticeId) throw conflict('The approval of these minutes is already announced');
  const postedOn = swedishDate(postedAt);
  const approved = approvedOn ?? postedOn;
  if (approved > postedOn) throw validationFailed('approvedOn: cannot be in the future');
  if (approved < swedishDate(meeting.startsAt)) {
    throw validationFailed('approvedOn: cannot be before the meeting');
  }
  const meetingId = String(meeting._id);
  const notice = await postMinutesNotice({
    meetingId,
    bodyId: meeting.bodyId,
    documentId: minutes.documentId,
    approvedOn: approved,
    createdBy: userId,
    postedAt,
  });
  await Meeting.updateOne(
    { _id: meetingId },
    { $set: { 'minutes.approvedOn': approved, 'minutes.noticeId': notice.id } },
  );
  return { approvedOn: approved, notice };
}
