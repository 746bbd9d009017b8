// The rules of meetings: created as a draft, changed, removed while a draft, published (kallelse)
// only with an agenda; the publication is claimed by a conditional update, so two secretaries
// publishing at once publish once. Work only: commands authorize, audit, announce and index.
import { z } from 'zod';
import type { MeetingCreate, MeetingUpdateSchema } from '@shared/schemas/meetings';
import { conflict, validationFailed } from '../../errors';
import { bodyExists } from '../bodies';
import { AgendaItem, Meeting, type MeetingRecord } from './model';

export function requireDraft(meeting: MeetingRecord, what: string): void {
  if (meeting.status !== 'draft') throw conflict(`${what} only while the meeting is a draft`);
}

export async function createMeeting(
  input: MeetingCreate,
  createdBy: string,
): Promise<MeetingRecord> {
  if (!(await bodyExists(input.bodyId))) {
    throw validationFailed('bodyId: no such body', [{ path: 'bodyId', message: 'no such body' }]);
  }
  if (input.endsAt && input.endsAt < input.startsAt) {
    throw validationFailed('endsAt: must be after startsAt');
  }
  return Meeting.create({ ...input, status: 'draft', createdBy });
}

export async function updateMeeting(
  meeting: MeetingRecord,
  input: z.infer<typeof MeetingUpdateSchema>,
): Promise<MeetingRecord> {
  // `null` clears an optional field.
  for (const [key, value] of Object.entries(input)) meeting.set(key, value ?? undefined);
  if (meeting.endsAt && meeting.endsAt < meeting.startsAt) {
    throw validationFailed('endsAt: must be after startsAt');
  }
  await meeting.save();
  return meeting;
}

export async function deleteDraftMeeting(meeting: MeetingRecord): Promise<void> {
  requireDraft(meeting, 'A meeting can be removed');
  await AgendaItem.deleteMany({ meetingId: String(meeting._id) });
  await meeting.deleteOne();
}

export async function publishMeeting(meeting: MeetingRecord): Promise<MeetingRecord> {
  if (meeting.status !== 'draft') throw conflict('The meeting is already published');
  const id = String(meeting._id);
  if ((await AgendaItem.countDocuments({ meetingId: id })) === 0) {
    throw validationFailed('agenda: a meeting needs at least one agenda item to be published');
  }
  const published = await Meeting.findOneAndUpdate(
    { _id: id, status: 'draft' },
    { $set: { status: 'published', publishedAt: new Date() } },
    { returnDocument: 'after' },
  );
  if (!published) throw conflict('The meeting is already published');
  return published;
}
