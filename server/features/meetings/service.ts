// The rules of meetings: create as a draft, change, remove while draft, publish (kallelse) only
// with an agenda. Visibility: a draft is found only by those who may manage it.
import { z } from 'zod';
import type { MeetingCreate, MeetingUpdateSchema } from '@shared/schemas/meetings';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, notFound, validationFailed } from '../../errors';
import { authorize } from '../../policies/authorize';
import { canManageMeetings, canSeeMeeting } from '../../policies/meetings';
import { Body } from '../bodies/model';
import { AgendaItem, Meeting, type MeetingRecord } from './model';

const isId = (id: string) => /^[0-9a-f]{24}$/i.test(id);

/** The meeting if the caller may see it; a draft is a 404 for everyone else. */
export async function findVisibleMeeting(
  user: CurrentUser | undefined,
  id: string,
): Promise<MeetingRecord> {
  const meeting = isId(id) ? await Meeting.findById(id) : null;
  if (!meeting || !canSeeMeeting(user, meeting)) throw notFound('No such meeting');
  return meeting;
}

/** The meeting for a change: 404 if invisible, 401/403 if the caller may not manage it. */
export async function findManagedMeeting(
  user: CurrentUser | undefined,
  id: string,
): Promise<MeetingRecord> {
  const meeting = isId(id) ? await Meeting.findById(id) : null;
  if (!meeting || !canSeeMeeting(user, meeting)) {
    // Anonymous callers learn they must log in, not whether a draft exists.
    authorize(user, () => true);
    throw notFound('No such meeting');
  }
  authorize(user, (u) => canManageMeetings(u, meeting.bodyId), 'Not a secretary of this body');
  return meeting;
}

export function requireDraft(meeting: MeetingRecord, what: string): void {
  if (meeting.status !== 'draft') throw conflict(`${what} only while the meeting is a draft`);
}

export async function createMeeting(
  user: CurrentUser,
  input: MeetingCreate,
  ip: string | undefined,
): Promise<MeetingRecord> {
  authorize(user, (u) => canManageMeetings(u, input.bodyId), 'Not a secretary of this body');
  if (!(await Body.exists({ _id: input.bodyId }))) throw validationFailed('bodyId: no such body');
  if (input.endsAt && input.endsAt < input.startsAt) {
    throw validationFailed('endsAt: must be after startsAt');
  }
  const meeting = await Meeting.create({ ...input, status: 'draft', createdBy: user.id });
  await recordAudit({
    actor: user.id,
    action: 'meeting.create',
    subject: { type: 'meeting', id: String(meeting._id) },
    after: { title: meeting.title, bodyId: meeting.bodyId, startsAt: meeting.startsAt },
    ip,
  });
  return meeting;
}

export async function updateMeeting(
  user: CurrentUser,
  meeting: MeetingRecord,
  input: z.infer<typeof MeetingUpdateSchema>,
  ip: string | undefined,
): Promise<MeetingRecord> {
  const before = { title: meeting.title, startsAt: meeting.startsAt, location: meeting.location };
  // `null` clears an optional field.
  for (const [key, value] of Object.entries(input)) meeting.set(key, value ?? undefined);
  if (meeting.endsAt && meeting.endsAt < meeting.startsAt) {
    throw validationFailed('endsAt: must be after startsAt');
  }
  await meeting.save();
  await recordAudit({
    actor: user.id,
    action: 'meeting.update',
    subject: { type: 'meeting', id: String(meeting._id) },
    before,
    after: { title: meeting.title, startsAt: meeting.startsAt, location: meeting.location },
    ip,
  });
  return meeting;
}

export async function deleteDraftMeeting(
  user: CurrentUser,
  meeting: MeetingRecord,
  ip: string | undefined,
): Promise<void> {
  requireDraft(meeting, 'A meeting can be removed');
  const id = String(meeting._id);
  await AgendaItem.deleteMany({ meetingId: id });
  await meeting.deleteOne();
  await recordAudit({
    actor: user.id,
    action: 'meeting.delete',
    subject: { type: 'meeting', id },
    before: { title: meeting.title },
    ip,
  });
}

export async function publishMeeting(
  user: CurrentUser,
  meeting: MeetingRecord,
  ip: string | undefined,
): Promise<MeetingRecord> {
  if (meeting.status === 'published') throw conflict('The meeting is already published');
  const id = String(meeting._id);
  if ((await AgendaItem.countDocuments({ meetingId: id })) === 0) {
    throw validationFailed('agenda: a meeting needs at least one agenda item to be published');
  }
  // Conditional update: two secretaries publishing at once publish once.
  const published = await Meeting.findOneAndUpdate(
    { _id: id, status: 'draft' },
    { $set: { status: 'published', publishedAt: new Date() } },
    { returnDocument: 'after' },
  );
  if (!published) throw conflict('The meeting is already published');
  await recordAudit({
    actor: user.id,
    action: 'meeting.publish',
    subject: { type: 'meeting', id },
    ip,
  });
  return published;
}
