// Reading meetings: the calendar (published meetings; a secretary may add the drafts of the bodies
// they keep) and one meeting with its agenda, documents, decisions and minutes. Anyone may; a
// draft is 404 to everyone who may not manage it.
import { trusted, type QueryFilter } from 'mongoose';
import { z } from 'zod';
import { meetingRoom } from '@shared/events/records';
import { MeetingListQuerySchema } from '@shared/schemas/meetings';
import type { CurrentUser } from '../../../auth/current-user';
import { defineCommand } from '../../../commands/define';
import { isObjectId } from '../../../db/ids';
import { bodiesWithRole } from '../../../policies/roles';
import { currentSeq } from '../../../realtime/rooms';
import { swedishDate } from '../../noticeboard';
import { loadVisibleMeeting } from '../load';
import { Meeting, PUBLIC_STATUSES, type MeetingFields } from '../model';
import { presentMeeting, presentMeetings } from '../present';

const DAY_MS = 86_400_000;

/** Published meetings; with `includeDrafts`, also the drafts of the bodies the caller keeps. */
function visibility(
  user: CurrentUser | undefined,
  includeDrafts: boolean,
): QueryFilter<MeetingFields> {
  const published = { status: trusted({ $in: [...PUBLIC_STATUSES] }) };
  if (!includeDrafts) return published;
  const kept = bodiesWithRole(user, 'secretary');
  if (kept === 'all') return {};
  if (kept.length === 0) return published;
  return { $or: [published, { status: 'draft' as const, bodyId: trusted({ $in: kept }) }] };
}

export const listMeetings = defineCommand({
  name: 'meeting.list',
  input: MeetingListQuerySchema,
  policy: 'public',
  async work({ input, user }) {
    const today = new Date(`${swedishDate()}T00:00:00Z`);
    const startsAt: Record<string, Date> = {};
    if (input.from) startsAt.$gte = new Date(`${input.from}T00:00:00Z`);
    if (input.to) startsAt.$lt = new Date(new Date(`${input.to}T00:00:00Z`).getTime() + DAY_MS);
    if (input.when === 'upcoming') startsAt.$gte = today;
    if (input.when === 'past') startsAt.$lt = today;
    const filter: QueryFilter<MeetingFields> = {
      ...visibility(user, input.includeDrafts === 'true'),
      ...(input.bodyId ? { bodyId: input.bodyId } : {}),
      ...(Object.keys(startsAt).length > 0 ? { startsAt: trusted(startsAt) } : {}),
    };
    const [meetings, total] = await Promise.all([
      Meeting.find(filter)
        .sort({ startsAt: input.when === 'past' ? -1 : 1 })
        .skip((input.page - 1) * input.pageSize)
        .limit(input.pageSize),
      Meeting.countDocuments(filter),
    ]);
    return { data: await presentMeetings(meetings, user), total };
  },
});

export const getMeeting = defineCommand({
  name: 'meeting.get',
  input: z.object({ id: z.string() }),
  async load({ id }, actor) {
    // The room's seq before the meeting: every change after this read comes with a higher seq.
    const seq = isObjectId(id) ? await currentSeq(meetingRoom(id)) : 0;
    return { meeting: await loadVisibleMeeting(id, actor.user), seq };
  },
  policy: 'public',
  work: ({ subject }) => Promise.resolve(subject),
  present: ({ meeting, seq }, { user }) => presentMeeting(meeting, user, seq),
});
