// The rules of absence and substitutes: a member reports (again: the reason is updated), the
// secretary calls in a substitute for a member (who need not have reported first: a phone call
// counts); who is called in for which meeting; and what the documents feature asks — whether a
// person is called in for a meeting where a document is on the agenda.
import { trusted } from 'mongoose';
import type { AbsenceList } from '@shared/schemas/reading';
import { loadAuthorNames } from '../../../auth/authors';
import { User } from '../../../auth/user-model';
import { validationFailed } from '../../../errors';
import { bodyMemberIds } from '../../bodies';
import { AgendaItem, type MeetingRecord } from '../model';
import { Absence } from './model';

export async function reportAbsence(meeting: MeetingRecord, userId: string, reason?: string) {
  return Absence.findOneAndUpdate(
    { meetingId: String(meeting._id), userId },
    {
      $set: { reason, reportedAt: new Date(), bodyId: meeting.bodyId },
    },
    { upsert: true, returnDocument: 'after' },
  ).lean();
}

export async function callInSubstitute(
  meeting: MeetingRecord,
  input: { userId: string; forUserId: string },
) {
  const meetingId = String(meeting._id);
  const members = await bodyMemberIds(meeting.bodyId);
  if (!members.includes(input.forUserId)) {
    throw validationFailed('forUserId: not a member of the body', [
      { path: 'forUserId', message: 'not a member of the body' },
    ]);
  }
  if (input.userId === input.forUserId) {
    throw validationFailed('userId: a member cannot substitute for themselves', [
      { path: 'userId', message: 'same person' },
    ]);
  }
  const substitute = await User.exists({ _id: input.userId, erasedAt: null });
  const absent = await Absence.exists({ meetingId, userId: input.userId });
  if (!substitute || absent) {
    throw validationFailed('userId: no such person, or absent themselves', [
      { path: 'userId', message: 'cannot be called in' },
    ]);
  }
  const existing = await Absence.findOne({ meetingId, userId: input.forUserId }).lean();
  await Absence.updateOne(
    { meetingId, userId: input.forUserId },
    {
      $set: { substituteId: input.userId, calledInAt: new Date(), bodyId: meeting.bodyId },
      ...(existing ? {} : { $setOnInsert: { reportedAt: new Date() } }),
    },
    { upsert: true },
  );
  return { previous: existing?.substituteId ?? undefined };
}

/** The substitutes called in for the meeting, and whom each serves for. */
export async function calledInSubstitutes(
  meetingId: string,
): Promise<Array<{ userId: string; forUserId: string }>> {
  const rows = await Absence.find(
    { meetingId, substituteId: trusted({ $exists: true }) },
    { userId: 1, substituteId: 1 },
  ).lean();
  return rows.map((r) => ({ userId: r.substituteId!, forUserId: r.userId }));
}

/** The meetings the person is called in for as a substitute. */
export async function meetingsCalledInFor(userId: string): Promise<string[]> {
  const rows = await Absence.find({ substituteId: userId }, { meetingId: 1 }).lean();
  return [...new Set(rows.map((r) => r.meetingId))];
}

/** The meetings the person reported absence for (among these). */
export async function absentFrom(userId: string, meetingIds: string[]): Promise<Set<string>> {
  const rows = await Absence.find(
    { userId, meetingId: trusted({ $in: meetingIds }) },
    { meetingId: 1 },
  ).lean();
  return new Set(rows.map((r) => r.meetingId));
}

/** Whether the person is called in for a meeting where the document is on the agenda. */
export async function calledInForDocument(userId: string, documentId: string): Promise<boolean> {
  const meetingIds = await meetingsCalledInFor(userId);
  if (meetingIds.length === 0) return false;
  return (
    (await AgendaItem.exists({
      meetingId: trusted({ $in: meetingIds }),
      documentIds: documentId,
    })) !== null
  );
}

export async function absenceList(
  meeting: MeetingRecord,
  callerId: string,
  canManage: boolean,
): Promise<AbsenceList> {
  const meetingId = String(meeting._id);
  const [rows, members] = await Promise.all([
    Absence.find({ meetingId }).sort({ reportedAt: 1 }).lean(),
    bodyMemberIds(meeting.bodyId),
  ]);
  const busy = new Set(rows.flatMap((r) => [r.userId, r.substituteId ?? '']));
  const candidates = canManage ? members.filter((id) => !busy.has(id)) : [];
  const names = await loadAuthorNames([
    ...rows.flatMap((r) => [r.userId, r.substituteId ?? '']),
    ...candidates,
  ]);
  const name = (id: string) => names.get(id)?.displayName ?? '';
  return {
    absences: rows.map((r) => ({
      userId: r.userId,
      displayName: name(r.userId),
      reportedAt: r.reportedAt.toISOString(),
      ...(r.reason && canManage ? { reason: r.reason } : {}),
      ...(r.substituteId
        ? { substitute: { userId: r.substituteId, displayName: name(r.substituteId) } }
        : {}),
    })),
    candidates: candidates.map((userId) => ({ userId, displayName: name(userId) })),
    canManage,
    mine: rows.some((r) => r.userId === callerId),
  };
}

/** The person's absences, for their data export. */
export async function exportAbsences(userId: string) {
  const rows = await Absence.find(
    { userId },
    { _id: 0, meetingId: 1, reason: 1, reportedAt: 1 },
  ).lean();
  return rows.map((r) => ({
    meetingId: r.meetingId,
    reason: r.reason ?? undefined,
    reportedAt: r.reportedAt.toISOString(),
  }));
}
