// The rules of an agenda: items are added and edited (also after publishing, as a supplementary
// notice), reordered and removed only while the meeting is a draft; decisions are recorded on
// items of a published meeting. Work only.
import { z } from 'zod';
import {
  DECISION_BEFORE_MEETING,
  MAX_AGENDA_ITEMS,
  type AgendaItemCreate,
  type AgendaItemUpdateSchema,
} from '@shared/schemas/meetings';
import { conflict, validationFailed } from '../../errors';
import { documentsExist } from '../documents';
import { AgendaItem, type AgendaItemRecord, type MeetingRecord } from './model';
import { requireDraft } from './service';

async function checkDocuments(documentIds: string[] | undefined): Promise<string[]> {
  const ids = [...new Set(documentIds ?? [])];
  if (!(await documentsExist(ids))) {
    throw validationFailed('documentIds: no such document', [
      { path: 'documentIds', message: 'no such document' },
    ]);
  }
  return ids;
}

export async function addItem(
  meeting: MeetingRecord,
  input: AgendaItemCreate,
): Promise<AgendaItemRecord> {
  const meetingId = String(meeting._id);
  const documentIds = await checkDocuments(input.documentIds);
  const last = await AgendaItem.findOne({ meetingId }, { order: 1 }).sort({ order: -1 }).lean();
  if ((await AgendaItem.countDocuments({ meetingId })) >= MAX_AGENDA_ITEMS) {
    throw validationFailed(`agenda: at most ${MAX_AGENDA_ITEMS} items`);
  }
  return AgendaItem.create({
    meetingId,
    order: (last?.order ?? 0) + 1,
    title: input.title,
    description: input.description,
    documentIds,
  });
}

export async function updateItem(
  item: AgendaItemRecord,
  input: z.infer<typeof AgendaItemUpdateSchema>,
): Promise<AgendaItemRecord> {
  if (input.documentIds) item.documentIds = await checkDocuments(input.documentIds);
  if (input.title !== undefined) item.title = input.title;
  if (input.description !== undefined) item.description = input.description || undefined;
  await item.save();
  return item;
}

export async function removeItem(meeting: MeetingRecord, item: AgendaItemRecord): Promise<void> {
  requireDraft(meeting, 'Agenda items can be removed');
  await item.deleteOne();
}

/** Sets the order to `itemIds`, which must name every item of the meeting exactly once. */
export async function reorderItems(meeting: MeetingRecord, itemIds: string[]): Promise<void> {
  requireDraft(meeting, 'The agenda can be reordered');
  const meetingId = String(meeting._id);
  const current = await AgendaItem.find({ meetingId }, { _id: 1 }).lean();
  const currentIds = new Set(current.map((item) => String(item._id)));
  const wanted = new Set(itemIds);
  if (
    wanted.size !== itemIds.length ||
    wanted.size !== currentIds.size ||
    itemIds.some((id) => !currentIds.has(id))
  ) {
    throw validationFailed('itemIds: must list every agenda item of the meeting once');
  }
  // Each write is idempotent, so a retry after a failure in the middle converges.
  await AgendaItem.bulkWrite(
    itemIds.map((id, index) => ({
      updateOne: { filter: { _id: id, meetingId }, update: { $set: { order: index + 1 } } },
    })),
  );
}

export async function recordDecision(
  meeting: MeetingRecord,
  item: AgendaItemRecord,
  text: string,
  inAdvance = false,
  now = new Date(),
): Promise<AgendaItemRecord> {
  if (meeting.status === 'draft') {
    throw conflict('Decisions are recorded on a published meeting');
  }
  // A decision is public at once: before the meeting it is recorded only on purpose. A meeting
  // in session (or closed) has started, whatever its planned time said.
  const started = meeting.status === 'in_session' || meeting.status === 'closed';
  if (meeting.startsAt > now && !started && !inAdvance) {
    throw conflict('The meeting has not started: record the decision in advance on purpose', {
      reason: DECISION_BEFORE_MEETING,
    });
  }
  item.decision = { text, decidedAt: item.decision?.decidedAt ?? new Date() };
  await item.save();
  return item;
}
