// Loading a meeting (or one of its agenda items) for a command: what the caller may see, or 404.
// A draft is seen only by those who may manage it, so its existence does not leak; who may change
// a meeting they can see is the command's policy.
import type { CurrentUser } from '../../auth/current-user';
import { isObjectId } from '../../db/ids';
import { notFound } from '../../errors';
import { canSeeMeeting } from '../../policies/meetings';
import { AgendaItem, Meeting, type AgendaItemRecord, type MeetingRecord } from './model';

export async function loadVisibleMeeting(
  id: string,
  user: CurrentUser | undefined,
): Promise<MeetingRecord> {
  const meeting = isObjectId(id) ? await Meeting.findById(id) : null;
  if (!meeting || !canSeeMeeting(user, meeting)) throw notFound('No such meeting');
  return meeting;
}

export interface ItemOfMeeting {
  meeting: MeetingRecord;
  item: AgendaItemRecord;
}

export async function loadVisibleItem(
  meetingId: string,
  itemId: string,
  user: CurrentUser | undefined,
): Promise<ItemOfMeeting> {
  const meeting = await loadVisibleMeeting(meetingId, user);
  const item = isObjectId(itemId)
    ? await AgendaItem.findOne({ _id: itemId, meetingId: String(meeting._id) })
    : null;
  if (!item) throw notFound('No such agenda item');
  return { meeting, item };
}
