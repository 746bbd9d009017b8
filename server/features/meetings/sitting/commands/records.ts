// What is entered on an agenda item besides speakers and votes: motions (yrkanden), reservations
// and recusals (jäv). A present member enters their own from their device; the secretary enters
// them for a named member of the body. A recusal during an open vote on the item takes the member
// out of it (their ballot, if any, is removed).
import {
  MotionInputSchema,
  RecusalInputSchema,
  ReservationInputSchema,
} from '@shared/schemas/council';
import { validationFailed } from '../../../../errors';
import { sittingCommand } from '../command';
import { secretaryOrPresentSelf, targetOf, type OnItem } from '../load';
import { Ballot, Motion, Recusal, Reservation, Vote } from '../model';
import { people } from '../state';

function requireMember(subject: OnItem, userId: string) {
  if (!subject.members.some((m) => m.userId === userId)) {
    throw validationFailed('userId: not a member of the body');
  }
}

export const addMotion = sittingCommand({
  name: 'motion.add',
  on: 'item',
  input: MotionInputSchema,
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
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
    after: { id: motion.id, userId: motion.by.userId, text: motion.text },
  }),
});

export const addReservation = sittingCommand({
  name: 'reservation.add',
  on: 'item',
  input: ReservationInputSchema,
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
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
  audit: (row) => ({ after: { userId: row.userId, text: row.text } }),
});

export const addRecusal = sittingCommand({
  name: 'recusal.add',
  on: 'item',
  input: RecusalInputSchema,
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
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
  audit: (person) => ({ after: { userId: person.userId } }),
});
