// Building the agenda: a secretary of the meeting's body adds and edits items (also after
// publishing, as a supplementary notice), and reorders or removes them while the meeting is a
// draft. Viewers of a published meeting see each change.
import {
  AgendaItemCreateSchema,
  AgendaItemUpdateSchema,
  AgendaOrderSchema,
} from '@shared/schemas/meetings';
import { defineCommand } from '../../../commands/define';
import { unindexItem } from '../announce';
import { addItem, removeItem, reorderItems, updateItem } from '../agenda-service';
import type { AgendaItemRecord } from '../model';
import { presentMeeting } from '../present';
import { noteSupplements } from '../mine/supplements';
import {
  ItemPath,
  loadItem,
  loadMeeting,
  managesItem,
  managesMeeting,
  MeetingPath,
  presentItem,
  reindex,
  tellViewers,
} from './common';

const facts = (item: AgendaItemRecord) => ({
  title: item.title,
  documentIds: [...item.documentIds],
});

export const addAgendaItem = defineCommand({
  name: 'agenda_item.create',
  input: AgendaItemCreateSchema.safeExtend(MeetingPath.shape),
  load: loadMeeting,
  policy: managesMeeting,
  work: ({ input: { id: _id, ...item }, subject }) => addItem(subject, item),
  audit: (item) => ({
    action: 'agendaItem.create',
    subject: { type: 'agendaItem', id: String(item._id) },
    after: { meetingId: item.meetingId, ...facts(item) },
  }),
  announce: tellViewers,
  async followUp(item, step) {
    await reindex(item, step);
    // Documents on an item added after the notice are supplementary (issue 17).
    await noteSupplements(step.app, step.subject, [], [...item.documentIds]);
  },
  present: (item, { input, user }) => presentItem(input.id, String(item._id), user),
});

export const editAgendaItem = defineCommand({
  name: 'agenda_item.update',
  input: AgendaItemUpdateSchema.and(ItemPath),
  load: loadItem,
  policy: managesItem,
  async work({ input: { id: _id, itemId: _itemId, ...changes }, subject: { item } }) {
    const before = facts(item);
    return { before, item: await updateItem(item, changes) };
  },
  audit: ({ before, item }) => ({
    action: 'agendaItem.update',
    subject: { type: 'agendaItem', id: String(item._id) },
    before,
    after: facts(item),
  }),
  announce: tellViewers,
  async followUp(result, step) {
    await reindex(result, step);
    const { before, item } = result;
    await noteSupplements(step.app, step.subject.meeting, before.documentIds, [
      ...item.documentIds,
    ]);
  },
  present: ({ item }, { input, user }) => presentItem(input.id, String(item._id), user),
});

export const removeAgendaItem = defineCommand({
  name: 'agenda_item.delete',
  input: ItemPath,
  load: loadItem,
  policy: managesItem,
  work: ({ subject: { meeting, item } }) => removeItem(meeting, item),
  audit: (_none, { subject: { item } }) => ({
    action: 'agendaItem.delete',
    subject: { type: 'agendaItem', id: String(item._id) },
    before: { meetingId: item.meetingId, title: item.title },
  }),
  followUp: (_none, { input }) => unindexItem(input.itemId),
});

export const reorderAgenda = defineCommand({
  name: 'agenda.reorder',
  input: AgendaOrderSchema.safeExtend(MeetingPath.shape),
  load: loadMeeting,
  policy: managesMeeting,
  work: ({ input, subject }) => reorderItems(subject, input.itemIds),
  audit: (_none, { input, subject }) => ({
    action: 'agenda.reorder',
    subject: { type: 'meeting', id: String(subject._id) },
    after: { itemIds: input.itemIds },
  }),
  present: (_none, { subject, user }) => presentMeeting(subject, user),
});
