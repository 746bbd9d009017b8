// Removing a document: a secretary of its body. Refused while a meeting keeps it as its minutes;
// agendas that listed it lose it, and their viewers are told.
import { z } from 'zod';
import { defineCommand } from '../../../commands/define';
import { canManageDocuments } from '../../../policies/documents';
import { loadDocument } from '../load';
import { deleteDocument as remove, unindexDocument } from '../service';

export const deleteDocument = defineCommand({
  name: 'document.delete',
  input: z.object({ id: z.string() }),
  load: ({ id }) => loadDocument(id),
  policy: (user, document) => canManageDocuments(user, document.bodyId),
  work: ({ subject }) => remove(subject),
  audit: (_released, { subject }) => ({
    action: 'document.delete',
    subject: { type: 'document', id: String(subject._id) },
    before: { title: subject.title, kind: subject.kind },
  }),
  async announce(released, _step, rooms) {
    for (const { use, changed } of released) await use.announce(rooms, changed);
  },
  followUp: (_released, { subject }) => unindexDocument(String(subject._id)),
  present: () => undefined,
});
