// Running the sitting: the secretary of the body starts it (published → in_session), adjourns and
// resumes it (ajournering), keeps the roll call (upprop, with substitutes) and the current item
// (each change keeps the time: the webcast's chapters), and closes it (→ closed), which writes
// the minutes draft. Every change goes to the meeting's room as the whole state; starting and
// closing change the meeting's status, news for its own page too (meeting:updated).
import { AttendanceInputSchema, CurrentItemInputSchema } from '@shared/schemas/council';
import { withLock } from '../../../../db/lock';
import { conflict, validationFailed } from '../../../../errors';
import { indexMeeting } from '../../announce';
import { AgendaItem, Meeting } from '../../model';
import { presentMeeting } from '../../present';
import { sittingCommand } from '../command';
import { isSecretary } from '../load';
import { writeMinutesDraft } from '../minutes-draft';
import { Sitting, Speaker, Vote } from '../model';
import { checkRollCall, quorumOf, roster } from '../roster';

const lockOf = (meetingId: string) => `sitting:${meetingId}`;

export const startSession = sittingCommand({
  name: 'meeting.session.start',
  on: 'meeting',
  policy: isSecretary,
  // A published meeting starts; its status decides.
  inSession: false,
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
  audit: true,
  tells: 'meeting',
  present: (meeting, { user }) => presentMeeting(meeting, user),
});

export const closeSession = sittingCommand({
  name: 'meeting.session.close',
  on: 'meeting',
  policy: isSecretary,
  async work({ subject }) {
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
  audit: true,
  tells: 'meeting',
  followUp: (_m, { input }) => indexMeeting(input.id),
  present: (meeting, { user }) => presentMeeting(meeting, user),
});

const adjournment = (adjourn: boolean) =>
  sittingCommand({
    name: adjourn ? 'meeting.session.adjourn' : 'meeting.session.resume',
    on: 'meeting',
    policy: isSecretary,
    async work({ subject }) {
      const id = String(subject.meeting._id);
      if (subject.sitting?.adjourned === adjourn) {
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
    audit: true,
  });

export const adjournSession = adjournment(true);
export const resumeSession = adjournment(false);

export const setAttendance = sittingCommand({
  name: 'meeting.attendance',
  on: 'meeting',
  input: AttendanceInputSchema,
  policy: isSecretary,
  async work({ input, subject }) {
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
    after: { entries: input.entries, present: quorum.present, quorum: quorum.quorum },
  }),
});

export const setCurrentItem = sittingCommand({
  name: 'meeting.current_item',
  on: 'meeting',
  input: CurrentItemInputSchema,
  policy: isSecretary,
  async work({ input, subject }) {
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
  audit: (_r, { input }) => ({ after: { itemId: input.itemId } }),
});
