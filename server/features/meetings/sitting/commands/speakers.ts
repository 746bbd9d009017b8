// The speakers list (talarlista) of an agenda item: a present member asks for the floor from their
// device or withdraws; the secretary adds a named member (a replik goes first), reorders the list
// and gives the floor (the first waiting, or a named entry). Changes of one item's list are
// serialised on the node, so the same member asking from two devices is listed once.
import { z } from 'zod';
import {
  SpeakerInputSchema,
  SpeakerNextInputSchema,
  SpeakerOrderInputSchema,
} from '@shared/schemas/council';
import { IdSchema } from '@shared/schemas/common';
import { trusted } from 'mongoose';
import { withLock } from '../../../../db/lock';
import { forbidden, validationFailed } from '../../../../errors';
import { sittingCommand } from '../command';
import { isSecretary, secretaryOrPresentSelf, targetOf, type OnItem } from '../load';
import { Speaker } from '../model';
import { people } from '../state';

const lockOf = (itemId: string) => `speakers:${itemId}`;

/** The item's list as the API answers it: who speaks and who waits, in order. */
async function listOf(subject: OnItem) {
  const itemId = String(subject.item._id);
  const rows = await Speaker.find({ itemId, state: trusted({ $in: ['waiting', 'speaking'] }) })
    .sort({ order: 1, createdAt: 1 })
    .lean();
  const who = await people(
    subject.meeting.bodyId,
    rows.map((r) => r.userId),
  );
  const view = (r: (typeof rows)[number]) => ({
    id: String(r._id),
    itemId,
    ...who.person(r.userId),
    replik: r.replik ?? false,
    state: r.state === 'speaking' ? ('speaking' as const) : ('waiting' as const),
    ...(r.startedAt ? { since: r.startedAt.toISOString() } : {}),
  });
  const speaking = rows.find((r) => r.state === 'speaking');
  return {
    speaking: speaking ? view(speaking) : null,
    speakers: rows.filter((r) => r.state === 'waiting').map(view),
  };
}

export const askForFloor = sittingCommand({
  name: 'speaker.add',
  on: 'item',
  input: SpeakerInputSchema,
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
    const userId = targetOf(user!, input);
    if (!subject.roster.present.has(userId)) throw forbidden('Only present members may speak');
    const itemId = String(subject.item._id);
    await withLock(lockOf(itemId), async () => {
      const already = await Speaker.exists({ itemId, userId, state: 'waiting' });
      if (already && !input.replik) return;
      const ends = await Speaker.find({ itemId, state: 'waiting' }, { order: 1 })
        .sort({ order: 1 })
        .lean();
      const first = ends[0]?.order ?? 0;
      const last = ends.at(-1)?.order ?? 0;
      // A member may ask for a replik; only the secretary places one first.
      const replik = Boolean(input.replik) && isSecretary(user!, subject);
      if (already) await Speaker.deleteMany({ itemId, userId, state: 'waiting' });
      await Speaker.create({
        meetingId: String(subject.meeting._id),
        itemId,
        userId,
        order: replik ? first - 1 : last + 1,
        state: 'waiting',
        replik,
        addedBy: user!.id,
      });
    });
    return listOf(subject);
  },
  audit: (_r, { input, user }) => ({
    after: { userId: targetOf(user!, input), replik: Boolean(input.replik) },
  }),
});

export const withdrawFromFloor = sittingCommand({
  name: 'speaker.withdraw',
  on: 'item',
  input: z.object({ userId: IdSchema.optional() }),
  policy: secretaryOrPresentSelf,
  async work({ input, user, subject }) {
    const itemId = String(subject.item._id);
    await Speaker.updateMany(
      { itemId, userId: targetOf(user!, input), state: 'waiting' },
      { $set: { state: 'withdrawn' } },
    );
    return listOf(subject);
  },
  audit: (_r, { input, user }) => ({ after: { userId: targetOf(user!, input) } }),
});

export const nextSpeaker = sittingCommand({
  name: 'speaker.next',
  on: 'item',
  input: SpeakerNextInputSchema,
  policy: isSecretary,
  async work({ input, subject }) {
    const itemId = String(subject.item._id);
    await withLock(lockOf(itemId), async () => {
      const now = new Date();
      await Speaker.updateMany(
        { itemId, state: 'speaking' },
        { $set: { state: 'done', endedAt: now } },
      );
      const next = input.speakerId
        ? await Speaker.findOne({ _id: input.speakerId, itemId, state: 'waiting' })
        : await Speaker.findOne({ itemId, state: 'waiting' }).sort({ order: 1, createdAt: 1 });
      if (input.speakerId && !next) throw validationFailed('speakerId: not waiting on this item');
      if (next) {
        next.state = 'speaking';
        next.startedAt = now;
        await next.save();
      }
    });
    return listOf(subject);
  },
  audit: (result) => ({ after: { userId: result.speaking?.userId } }),
});

export const reorderSpeakers = sittingCommand({
  name: 'speaker.reorder',
  on: 'item',
  input: SpeakerOrderInputSchema,
  policy: isSecretary,
  async work({ input, subject }) {
    const itemId = String(subject.item._id);
    await withLock(lockOf(itemId), async () => {
      const waiting = await Speaker.find({ itemId, state: 'waiting' }, { _id: 1 }).lean();
      const ids = new Set(waiting.map((w) => String(w._id)));
      if (
        input.speakerIds.length !== ids.size ||
        new Set(input.speakerIds).size !== ids.size ||
        !input.speakerIds.every((id) => ids.has(id))
      ) {
        throw validationFailed('speakerIds: every waiting speaker once');
      }
      await Speaker.bulkWrite(
        input.speakerIds.map((id, index) => ({
          updateOne: { filter: { _id: id, itemId }, update: { $set: { order: index + 1 } } },
        })),
      );
    });
    return listOf(subject);
  },
  audit: (_r, { input }) => ({ after: { speakerIds: input.speakerIds } }),
});
