// Recording the decision on an agenda item of a published meeting: a secretary of its body.
import { DecisionInputSchema } from '@shared/schemas/meetings';
import { defineCommand } from '../../../commands/define';
import { recordDecision as record } from '../agenda-service';
import { ItemPath, loadItem, managesItem, presentItem, reindex, tellViewers } from './common';

export const recordDecision = defineCommand({
  name: 'agenda_item.decide',
  input: DecisionInputSchema.safeExtend(ItemPath.shape),
  load: loadItem,
  policy: managesItem,
  async work({ input, subject: { meeting, item } }) {
    const before = item.decision ? { text: item.decision.text } : undefined;
    return { before, item: await record(meeting, item, input.text, input.inAdvance) };
  },
  audit: ({ before, item }, { input }) => ({
    action: 'agendaItem.decision',
    subject: { type: 'agendaItem', id: String(item._id) },
    before,
    after: { text: input.text, ...(input.inAdvance ? { inAdvance: true } : {}) },
  }),
  announce: tellViewers,
  followUp: reindex,
  present: ({ item }, { input, user }) => presentItem(input.id, String(item._id), user),
});
