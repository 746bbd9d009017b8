// Creating a meeting as a draft: a secretary of the body named in the input.
import { MeetingCreateSchema } from '@shared/schemas/meetings';
import { defineCommand } from '../../../commands/define';
import { canManageMeetings } from '../../../policies/meetings';
import { presentMeeting } from '../present';
import { createMeeting as create } from '../service';

export const createMeeting = defineCommand({
  name: 'meeting.create',
  input: MeetingCreateSchema,
  policy: (user, _none, input) => canManageMeetings(user, input.bodyId),
  work: ({ input, user }) => create(input, user!.id),
  audit: (meeting) => ({
    action: 'meeting.create',
    subject: { type: 'meeting', id: String(meeting._id) },
    after: { title: meeting.title, bodyId: meeting.bodyId, startsAt: meeting.startsAt },
  }),
  present: (meeting, { user }) => presentMeeting(meeting, user),
});
