// Reporting absence (anmäla förhinder) and calling in substitutes: a member of the meeting's body
// reports; the members and secretaries see the list; a secretary calls in a substitute, who is
// notified and from then on reads the meeting's documents, confidential ones included.
import { AbsenceCreateSchema, SubstituteInputSchema } from '@shared/schemas/reading';
import type { AppContext } from '../../../context';
import { defineCommand } from '../../../commands/define';
import { conflict } from '../../../errors';
import { canManageMeetings } from '../../../policies/meetings';
import { hasRole } from '../../../policies/roles';
import type { CurrentUser } from '../../../auth/current-user';
import { notify } from '../../notifications';
import { loadMeeting, MeetingPath } from '../commands/common';
import type { MeetingRecord } from '../model';
import { absenceList, callInSubstitute, reportAbsence } from './service';

const isMember = (user: CurrentUser, meeting: MeetingRecord) =>
  hasRole(user, 'official', meeting.bodyId);

const published = (meeting: MeetingRecord) => {
  if (meeting.status !== 'published') throw conflict('The meeting is not published yet');
};

export const reportMyAbsence = defineCommand({
  name: 'meeting.absence',
  input: AbsenceCreateSchema.extend(MeetingPath.shape),
  load: loadMeeting,
  policy: isMember,
  async work({ input, subject, user }) {
    published(subject);
    await reportAbsence(subject, user!.id, input.reason);
    return absenceList(subject, user!.id, canManageMeetings(user, subject.bodyId));
  },
  // The reason stays out of the audit: it may tell of health.
  audit: (_list, { input }) => ({
    action: 'meeting.absence',
    subject: { type: 'meeting', id: input.id },
  }),
});

export const listAbsences = defineCommand({
  name: 'meeting.absences',
  input: MeetingPath,
  load: loadMeeting,
  policy: (user, meeting) => isMember(user, meeting) || canManageMeetings(user, meeting.bodyId),
  work: ({ subject, user }) =>
    absenceList(subject, user!.id, canManageMeetings(user, subject.bodyId)),
});

export const callIn = defineCommand({
  name: 'meeting.substitute',
  input: SubstituteInputSchema.extend(MeetingPath.shape),
  load: loadMeeting,
  policy: (user, meeting) => canManageMeetings(user, meeting.bodyId),
  async work({ input, subject, user }) {
    published(subject);
    await callInSubstitute(subject, input);
    return absenceList(subject, user!.id, true);
  },
  audit: (_list, { input }) => ({
    action: 'meeting.substitute',
    subject: { type: 'meeting', id: input.id },
    after: { userId: input.userId, forUserId: input.forUserId },
  }),
  followUp: (_list, { app, input, subject }) => tellSubstitute(app, input.userId, subject),
});

async function tellSubstitute(app: AppContext, userId: string, meeting: MeetingRecord) {
  await notify(app, [userId], {
    kind: 'substitute_called',
    subject: { type: 'meeting', id: String(meeting._id), title: meeting.title },
    path: '/mina-moten',
  });
}
