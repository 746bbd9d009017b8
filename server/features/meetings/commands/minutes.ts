// The minutes of a published meeting: a secretary of its body attaches them (a protokoll of the
// body) and announces their approval (justering) on the notice board. Viewers see both.
import { z } from 'zod';
import { ApprovalInputSchema, MinutesInputSchema } from '@shared/schemas/meetings';
import { defineCommand } from '../../../commands/define';
import { loadVisibleMeeting } from '../load';
import { approveMinutes as approve, attachMinutes as attach } from '../minutes';
import { presentMeeting } from '../present';
import { loadMeeting, managesMeeting, MeetingPath, tellViewers } from './common';

export const attachMinutes = defineCommand({
  name: 'meeting.minutes',
  input: MinutesInputSchema.safeExtend(MeetingPath.shape),
  load: loadMeeting,
  policy: managesMeeting,
  work: ({ input, subject }) => attach(subject, input.documentId),
  audit: (meeting, { input }) => ({
    action: 'meeting.minutes',
    subject: { type: 'meeting', id: String(meeting._id) },
    after: { documentId: input.documentId },
  }),
  announce: tellViewers,
  present: (meeting, { user }) => presentMeeting(meeting, user),
});

export const approveMinutes = defineCommand({
  name: 'meeting.minutes_approved',
  input: ApprovalInputSchema.safeExtend({
    ...MeetingPath.shape,
    /**
     * When the notice goes up; now unless the server itself says otherwise (records imported or
     * seeded with their history). A Date, which no JSON body can carry.
     */
    postedAt: z.instanceof(Date).optional(),
  }),
  load: loadMeeting,
  policy: managesMeeting,
  work: ({ input, subject, user }) =>
    approve(subject, input.approvedOn, input.postedAt ?? new Date(), user!.id),
  audit: ({ approvedOn, notice }, { subject }) => ({
    action: 'meeting.minutesApproved',
    subject: { type: 'meeting', id: String(subject._id) },
    after: { approvedOn, postedOn: notice.postedOn, appealEndsOn: notice.appealEndsOn },
  }),
  announce: tellViewers,
  present: async (_approval, { input, user }) =>
    presentMeeting(await loadVisibleMeeting(input.id, user), user),
});
