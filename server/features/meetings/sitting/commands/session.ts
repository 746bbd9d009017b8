// Running the sitting: the secretary of the body starts it (published → in_session), adjourns and
// resumes it (ajournering), keeps the roll call (upprop, with substitutes) and the current item
// (each change keeps the time: the webcast's chapters), and closes it (→ closed), which writes
// the minutes draft. Every change goes to the meeting's room as the whole state.
import { z } from 'zod';
import { AttendanceInputSchema, CurrentItemInputSchema } from '@shared/schemas/council';
import { defineCommand } from '../../../../commands/define';
import { withLock } from '../../../../db/lock';
import { conflict, validationFailed } from '../../../../errors';
import type { Announcer } from '../../../../realtime/rooms';
import { announceMeeting, indexMeeting } from '../../announce';
import { AgendaItem, Meeting } from '../../model';
import { presentMeeting } from '../../present';
import { isSecretary, loadSittingMeeting, requireInSession, type OnSitting } from '../load';
import { writeMinutesDraft } from '../minutes-draft';
import { Sitting, Speaker, Vote } from '../model';
import { checkRollCall, quorumOf, roster } from '../roster';
import { announceState } from '../state';

const MeetingPath = z.object({ id: z.string() });
const onMeeting = (id: string) => ({ type: 'meeting', id });
const lockOf = (meetingId: string) => `sitting:${meetingId}`;

const tellRoom = (_r: unknown, { input }: { input: { id: string } }, rooms: Announcer) =>
  announceState(rooms, input.id);

/** Status changes are news for the meeting page too (meeting:updated) besides the sitting. */
const tellBoth = async (_r: unknown, { input }: { input: { id: string } }, rooms: Announcer) => {
  await announceMeeting(rooms, input.id);
  await announceState(rooms, input.id);
};

export const startSession = defineCommand({
  name: 'meeting.session.start',
  input: MeetingPath,
  load: loadSittingMeeting,
  policy: isSecretary,
  async work({ subject: { meeting } }) {
    const id = String(meeting._id);
    if (meeting.status !== 'published') throw conflict('Only a published meeting can start');
    return withLock(lockOf(id), async () => {
      const startedAt = new Date();
      await Sitting.updateOne(
        { _id: id },
        {
          $setOnInsert: {
            bodyId: meeting.bodyId,
            startedAt,
            adjourned: false,
            pauses: [],
            attendance: [],
            chapters: [],
          },
        },
        { upsert: true },
      );
      const started = await Meeting.findOneAndUpdate(
        { _id: id, status: 'published' },
        { $set: { status: 'in_session' } },
        { returnDocument: 'after' },
      );
      if (!started) throw conflict('The meeting is already in session');
      return started;
    });
  },
  audit: (meeting) => ({
    action: 'meeting.session.start',
    subject: onMeeting(String(meeting._id)),
  }),
  announce: tellBoth,
  present: (meeting, { user }) => presentMeeting(meeting, user),
});

export const closeSession = defineCommand({
  name: 'meeting.session.close',
  input: MeetingPath,
  load: loadSittingMeeting,
  policy: isSecretary,
  async work({ subject }) {
    requireInSession(subject);
    const id = String(subject.meeting._id);
    if (await Vote.exists({ meetingId: id, status: 'open' })) {
      throw conflict('A vote is open: close it first');
    }
    const closedAt = new Date();
    const closed = await withLock(lockOf(id), async () => {
      const meeting = await Meeting.findOneAndUpdate(
        { _id: id, status: 'in_session' },
        { $set: { status: 'closed', endsAt: subject.meeting.endsAt ?? closedAt } },
        { returnDocument: 'after' },
      );
      if (!meeting) throw conflict('The meeting is not in session');
      await Sitting.updateOne({ _id: id }, { $set: { closedAt, adjourned: false } });
      await Speaker.updateMany(
        { meetingId: id, state: 'speaking' },
        { $set: { state: 'done', endedAt: closedAt } },
      );
      return meeting;
    });
    await writeMinutesDraft(id);
    return closed;
  },
  audit: (meeting) => ({
    action: 'meeting.session.close',
    subject: onMeeting(String(meeting._id)),
  }),
  announce: tellBoth,
  followUp: (_m, { input }) => indexMeeting(input.id),
  present: (meeting, { user }) => presentMeeting(meeting, user),
});

const adjournment = (adjourn: boolean) =>
  defineCommand({
    name: adjourn ? 'meeting.session.adjourn' : 'meeting.session.resume',
    input: MeetingPath,
    load: loadSittingMeeting,
    policy: isSecretary,
    async work({ subject }) {
      const sitting = requireInSession(subject);
      const id = String(subject.meeting._id);
      if (sitting.adjourned === adjourn) {
        throw conflict(adjourn ? 'The meeting is adjourned' : 'The meeting is not adjourned');
      }
      const now = new Date();
      await withLock(lockOf(id), async () => {
        const fresh = await Sitting.findById(id);
        if (!fresh) return;
        fresh.adjourned = adjourn;
        if (adjourn) fresh.pauses.push({ from: now });
        else {
          const last = fresh.pauses.at(-1);
          if (last && !last.to) last.to = now;
        }
        await fresh.save();
      });
      return { adjourned: adjourn };
    },
    audit: (_r, { input }) => ({
      action: adjourn ? 'meeting.session.adjourn' : 'meeting.session.resume',
      subject: onMeeting(input.id),
    }),
    announce: tellRoom,
  });

export const adjournSession = adjournment(true);
export const resumeSession = adjournment(false);

export const setAttendance = defineCommand({
  name: 'meeting.attendance',
  input: AttendanceInputSchema.safeExtend(MeetingPath.shape),
  load: loadSittingMeeting,
  policy: isSecretary,
  async work({
    input,
    subject,
  }: {
    input: z.output<typeof AttendanceInputSchema> & { id: string };
    subject: OnSitting;
  }) {
    requireInSession(subject);
    const id = String(subject.meeting._id);
    return withLock(lockOf(id), async () => {
      const sitting = await Sitting.findById(id);
      if (!sitting) throw conflict('The meeting is not in session');
      // The entries change those named; everyone else keeps their mark.
      const merged = new Map(
        sitting.attendance.map((a) => [
          a.userId,
          { userId: a.userId, present: a.present, substituteFor: a.substituteFor ?? undefined },
        ]),
      );
      for (const entry of input.entries) {
        merged.set(entry.userId, {
          userId: entry.userId,
          present: entry.present,
          substituteFor: entry.present ? entry.substituteFor : undefined,
        });
      }
      const entries = [...merged.values()];
      checkRollCall(subject.members, entries);
      sitting.set('attendance', entries);
      await sitting.save();
      return quorumOf(roster(subject.members, entries));
    });
  },
  audit: (quorum, { input }) => ({
    action: 'meeting.attendance',
    subject: onMeeting(input.id),
    after: { entries: input.entries, present: quorum.present, quorum: quorum.quorum },
  }),
  announce: tellRoom,
});

export const setCurrentItem = defineCommand({
  name: 'meeting.current_item',
  input: CurrentItemInputSchema.safeExtend(MeetingPath.shape),
  load: loadSittingMeeting,
  policy: isSecretary,
  async work({ input, subject }) {
    requireInSession(subject);
    const id = String(subject.meeting._id);
    if (!(await AgendaItem.exists({ _id: input.itemId, meetingId: id }))) {
      throw validationFailed('itemId: not an item of this meeting');
    }
    return withLock(lockOf(id), async () => {
      const sitting = await Sitting.findById(id);
      if (!sitting) throw conflict('The meeting is not in session');
      if (sitting.currentItemId !== input.itemId) {
        const at = new Date();
        // Whoever spoke on the item left behind has finished.
        await Speaker.updateMany(
          { meetingId: id, state: 'speaking' },
          { $set: { state: 'done', endedAt: at } },
        );
        sitting.currentItemId = input.itemId;
        sitting.chapters.push({ itemId: input.itemId, at });
        await sitting.save();
      }
      return { currentItemId: input.itemId };
    });
  },
  audit: (_r, { input }) => ({
    action: 'meeting.current_item',
    subject: onMeeting(input.id),
    after: { itemId: input.itemId },
  }),
  announce: tellRoom,
});
