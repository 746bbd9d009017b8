// What the commands on one meeting share: the meeting (or agenda item) the caller can see, from
// the path; the meeting's body's secretaries as the ones who may change it; and, after a change,
// the room's announcement and the index (both only for published meetings).
import { z } from 'zod';
import type { AgendaItemView } from '@shared/schemas/meetings';
import type { Actor } from '../../../commands/define';
import type { CurrentUser } from '../../../auth/current-user';
import { notFound } from '../../../errors';
import { canManageMeetings } from '../../../policies/meetings';
import type { Announcer } from '../../../realtime/rooms';
import { announceMeeting, indexMeeting } from '../announce';
import { loadVisibleItem, loadVisibleMeeting, type ItemOfMeeting } from '../load';
import type { MeetingRecord } from '../model';
import { presentUnstamped } from '../present';

export const MeetingPath = z.object({ id: z.string() });
export const ItemPath = z.object({ id: z.string(), itemId: z.string() });

interface OnMeeting {
  input: { id: string };
}

export const loadMeeting = ({ id }: { id: string }, actor: Actor) =>
  loadVisibleMeeting(id, actor.user);

export const loadItem = ({ id, itemId }: { id: string; itemId: string }, actor: Actor) =>
  loadVisibleItem(id, itemId, actor.user);

/** A secretary of the meeting's body. */
export const managesMeeting = (user: CurrentUser, meeting: MeetingRecord) =>
  canManageMeetings(user, meeting.bodyId);

export const managesItem = (user: CurrentUser, { meeting }: ItemOfMeeting) =>
  canManageMeetings(user, meeting.bodyId);

/** The announce step of a change: the meeting's viewers get its new public state. */
export const tellViewers = (_result: unknown, { input }: OnMeeting, rooms: Announcer) =>
  announceMeeting(rooms, input.id);

/** The follow-up of a change: the archive's index of the meeting. */
export const reindex = (_result: unknown, { input }: OnMeeting) => indexMeeting(input.id);

/** One agenda item as the API answers it (number and documents as on the meeting's page). */
export async function presentItem(
  meetingId: string,
  itemId: string,
  user: CurrentUser | undefined,
): Promise<AgendaItemView> {
  const meeting = await loadVisibleMeeting(meetingId, user);
  const [view] = await presentUnstamped([meeting], user);
  const item = view?.items.find((i) => i.id === itemId);
  if (!item) throw notFound('No such agenda item');
  return item;
}
