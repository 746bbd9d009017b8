// Changing a meeting (time, place, stream), removing a draft, and publishing it (kallelse): a
// secretary of the meeting's body. Viewers of a published meeting see each change.
import { MeetingUpdateSchema } from '@shared/schemas/meetings';
import { defineCommand } from '../../../commands/define';
import type { MeetingRecord } from '../model';
import { presentMeeting } from '../present';
import { deleteDraftMeeting, publishMeeting as publish, updateMeeting as update } from '../service';
import { tellFollowers } from '../tell';
import { loadMeeting, managesMeeting, MeetingPath, reindex, tellViewers } from './common';

const facts = (meeting: MeetingRecord) => ({
  title: meeting.title,
  startsAt: meeting.startsAt,
  location: meeting.location,
});

export const updateMeeting = defineCommand({
  name: 'meeting.update',
  input: MeetingUpdateSchema.and(MeetingPath),
  load: loadMeeting,
  policy: managesMeeting,
  async work({ input: { id: _id, ...changes }, subject }) {
    const before = facts(subject);
    return { before, meeting: await update(subject, changes) };
  },
  audit: ({ before, meeting }) => ({
    action: 'meeting.update',
    subject: { type: 'meeting', id: String(meeting._id) },
    before,
    after: facts(meeting),
  }),
  announce: tellViewers,
  followUp: async (result, step) => {
    await reindex(result, step);
    if (result.meeting.status === 'published') {
      await tellFollowers(step.app, result.meeting, 'meeting_changed', step.user?.id);
    }
  },
  present: ({ meeting }, { user }) => presentMeeting(meeting, user),
});

export const deleteMeeting = defineCommand({
  name: 'meeting.delete',
  input: MeetingPath,
  load: loadMeeting,
  policy: managesMeeting,
  work: ({ subject }) => deleteDraftMeeting(subject),
  audit: (_none, { subject }) => ({
    action: 'meeting.delete',
    subject: { type: 'meeting', id: String(subject._id) },
    before: { title: subject.title },
  }),
});

export const publishMeeting = defineCommand({
  name: 'meeting.publish',
  input: MeetingPath,
  load: loadMeeting,
  policy: managesMeeting,
  work: ({ subject }) => publish(subject),
  audit: (meeting) => ({
    action: 'meeting.publish',
    subject: { type: 'meeting', id: String(meeting._id) },
  }),
  announce: tellViewers,
  followUp: async (meeting, step) => {
    await reindex(meeting, step);
    await tellFollowers(step.app, meeting, 'meeting_published', step.user?.id);
  },
  present: (meeting, { user }) => presentMeeting(meeting, user),
});
