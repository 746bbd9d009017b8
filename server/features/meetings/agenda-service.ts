// The rules of an agenda: items are added and edited (also after publishing, as a supplementary
// notice), reordered and removed only while the meeting is a draft; decisions are recorded on
// items of a published meeting.
import { z } from 'zod';
import {
  MAX_AGENDA_ITEMS,
  type AgendaItemCreate,
  type AgendaItemUpdateSchema,
} from '@shared/schemas/meetings';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, notFound, validationFailed } from '../../errors';
import { removeRecord } from '../../search';
import { RecordDocument } from '../documents/model';
import { AgendaItem, type AgendaItemRecord, type MeetingRecord } from './model';
import { requireDraft } from './service';
import { op } from '../records/query';

async function checkDocuments(documentIds: string[] | undefined): Promise<string[]> {
  const ids = [...new Set(documentIds ?? [])];
  if (ids.length === 0) return [];
  const found = await RecordDocument.countDocuments({ _id: op({ $in: ids }) });
  if (found !== ids.length) throw validationFailed('documentIds: no such document');
  return ids;
}

export async function findItem(meeting: MeetingRecord, itemId: string): Promise<AgendaItemRecord> {
  const item = /^[0-9a-f]{24}$/i.test(itemId)
    ? await AgendaItem.findOne({ _id: itemId, meetingId: String(meeting._id) })
    : null;
  if (!item) throw notFound('No such agenda item');
  return item;
}

export async function addItem(
  user: CurrentUser,
  meeting: MeetingRecord,
  input: AgendaItemCreate,
  ip: string | undefined,
): Promise<AgendaItemRecord> {
  const meetingId = String(meeting._id);
  const documentIds = await checkDocuments(input.documentIds);
  const last = await AgendaItem.findOne({ meetingId }, { order: 1 }).sort({ order: -1 }).lean();
  if ((await AgendaItem.countDocuments({ meetingId })) >= MAX_AGENDA_ITEMS) {
    throw validationFailed(`agenda: at most ${MAX_AGENDA_ITEMS} items`);
  }
  const item = await AgendaItem.create({
    meetingId,
    order: (last?.order ?? 0) + 1,
    title: input.title,
    description: input.description,
    documentIds,
  });
  await recordAudit({
    actor: user.id,
    action: 'agendaItem.create',
    subject: { type: 'agendaItem', id: String(item._id) },
    after: { meetingId, title: item.title, documentIds },
    ip,
  });
  return item;
}

export async function updateItem(
  user: CurrentUser,
  item: AgendaItemRecord,
  input: z.infer<typeof AgendaItemUpdateSchema>,
  ip: string | undefined,
): Promise<AgendaItemRecord> {
  const before = { title: item.title, documentIds: [...item.documentIds] };
  if (input.documentIds) item.documentIds = await checkDocuments(input.documentIds);
  if (input.title !== undefined) item.title = input.title;
  if (input.description !== undefined) item.description = input.description || undefined;
  await item.save();
  await recordAudit({
    actor: user.id,
    action: 'agendaItem.update',
    subject: { type: 'agendaItem', id: String(item._id) },
    before,
    after: { title: item.title, documentIds: item.documentIds },
    ip,
  });
  return item;
}

export async function removeItem(
  user: CurrentUser,
  meeting: MeetingRecord,
  item: AgendaItemRecord,
  ip: string | undefined,
): Promise<void> {
  requireDraft(meeting, 'Agenda items can be removed');
  const id = String(item._id);
  await item.deleteOne();
  await recordAudit({
    actor: user.id,
    action: 'agendaItem.delete',
    subject: { type: 'agendaItem', id },
    before: { meetingId: item.meetingId, title: item.title },
    ip,
  });
  await removeRecord('agendaItem', id);
  await removeRecord('decision', id);
}

/** Sets the order to `itemIds`, which must name every item of the meeting exactly once. */
export async function reorderItems(
  user: CurrentUser,
  meeting: MeetingRecord,
  itemIds: string[],
  ip: string | undefined,
): Promise<void> {
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
  await recordAudit({
    actor: user.id,
    action: 'agenda.reorder',
    subject: { type: 'meeting', id: meetingId },
    after: { itemIds },
    ip,
  });
}

export async function recordDecision(
  user: CurrentUser,
  meeting: MeetingRecord,
  item: AgendaItemRecord,
  text: string,
  ip: string | undefined,
): Promise<AgendaItemRecord> {
  if (meeting.status !== 'published') {
    throw conflict('Decisions are recorded on a published meeting');
  }
  const before = item.decision ? { text: item.decision.text } : undefined;
  item.decision = { text, decidedAt: item.decision?.decidedAt ?? new Date() };
  await item.save();
  await recordAudit({
    actor: user.id,
    action: 'agendaItem.decision',
    subject: { type: 'agendaItem', id: String(item._id) },
    before,
    after: { text },
    ip,
  });
  return item;
}
