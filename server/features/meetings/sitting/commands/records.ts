// What is entered on an agenda item besides speakers and votes: motions (yrkanden), reservations
// and recusals (jäv). A present member enters their own from their device; the secretary enters
// them for a named member of the body. A recusal during an open vote on the item takes the member
// out of it (their ballot, if any, is removed).
import { z } from 'zod';
import {
  MotionInputSchema,
  RecusalInputSchema,
  ReservationInputSchema,
} from '@shared/schemas/council';
import { defineCommand } from '../../../../commands/define';
import { validationFailed } from '../../../../errors';
import type { Announcer } from '../../../../realtime/rooms';
import {
  loadSittingItem,
  requireInSession,
  secretaryOrPresentSelf,
  targetOf,
  type OnItem,
} from '../load';
import { Ballot, Motion, Recusal, Reservation, Vote } from '../model';
import { announceState, people } from '../state';

const ItemPath = z.object({ itemId: z.string() });
const onItem = (itemId: string) => ({ type: 'agendaItem', id: itemId });
const tellRoom = (_r: unknown, { subject }: { subject: OnItem }, rooms: Announcer) =>
  announceState(rooms, String(subject.meeting._id));

function requireMember(subject: OnItem, userId: string) {
  if (!subject.members.some((m) => m.userId === userId)) {
    throw validationFailed('userId: not a member of the body');
  }
}

export const addMotion = defineCommand({
  name: 'motion.add',
  input: MotionInputSchema.safeExtend(ItemPath.shape),
  load: loadSittingItem,
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
    requireInSession(subject);
    const userId = targetOf(user!, input);
    requireMember(subject, userId);
    const motion = await Motion.create({
      meetingId: String(subject.meeting._id),
      itemId: String(subject.item._id),
      userId,
      text: input.text,
      recordedBy: user!.id,
    });
    const who = await people(subject.meeting.bodyId, [userId]);
    return {
      id: String(motion._id),
      itemId: motion.itemId,
      text: motion.text,
      by: who.person(userId),
      createdAt: motion.createdAt.toISOString(),
    };
  },
  audit: (motion) => ({
    action: 'motion.add',
    subject: onItem(motion.itemId),
    after: { id: motion.id, userId: motion.by.userId, text: motion.text },
  }),
  announce: tellRoom,
});

export const addReservation = defineCommand({
  name: 'reservation.add',
  input: ReservationInputSchema.safeExtend(ItemPath.shape),
  load: loadSittingItem,
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
    requireInSession(subject);
    const userId = targetOf(user!, input);
    requireMember(subject, userId);
    const row = await Reservation.create({
      meetingId: String(subject.meeting._id),
      itemId: String(subject.item._id),
      userId,
      ...(input.text ? { text: input.text } : {}),
      recordedBy: user!.id,
    });
    const who = await people(subject.meeting.bodyId, [userId]);
    return {
      id: String(row._id),
      ...who.person(userId),
      ...(input.text ? { text: input.text } : {}),
    };
  },
  audit: (row, { input }) => ({
    action: 'reservation.add',
    subject: onItem(input.itemId),
    after: { userId: row.userId, text: row.text },
  }),
  announce: tellRoom,
});

export const addRecusal = defineCommand({
  name: 'recusal.add',
  input: RecusalInputSchema.safeExtend(ItemPath.shape),
  load: loadSittingItem,
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
    requireInSession(subject);
    const userId = targetOf(user!, input);
    requireMember(subject, userId);
    const itemId = String(subject.item._id);
    const _id = `${itemId}:${userId}`;
    await Recusal.updateOne(
      { _id },
      {
        $setOnInsert: {
          meetingId: String(subject.meeting._id),
          itemId,
          userId,
          recordedBy: user!.id,
          at: new Date(),
        },
      },
      { upsert: true },
    );
    // Out of an open vote on this item: no longer eligible, and a ballot cast is withdrawn.
    const open = await Vote.findOne({ itemId, status: 'open', eligible: userId });
    if (open) {
      await Vote.updateOne({ _id: open._id, status: 'open' }, { $pull: { eligible: userId } });
      await Ballot.deleteOne({ _id: `${String(open._id)}:${userId}` });
    }
    const who = await people(subject.meeting.bodyId, [userId]);
    return who.person(userId);
  },
  audit: (person, { input }) => ({
    action: 'recusal.add',
    subject: onItem(input.itemId),
    after: { userId: person.userId },
  }),
  announce: tellRoom,
});
