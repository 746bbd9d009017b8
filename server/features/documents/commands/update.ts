// Changing a document's registry entry: a secretary of the document's body.
import { z } from 'zod';
import { DocumentUpdateSchema } from '@shared/schemas/documents';
import { defineCommand } from '../../../commands/define';
import { canManageDocuments } from '../../../policies/documents';
import { loadDocument } from '../load';
import type { DocumentRecord } from '../model';
import { presentDocument } from '../present';
import { indexDocument, updateDocument as update } from '../service';
import { tellFollowers } from '../tell';

const facts = (document: DocumentRecord) => ({
  title: document.title,
  kind: document.kind,
  secrecy: document.secrecy,
});

export const updateDocument = defineCommand({
  name: 'document.update',
  input: DocumentUpdateSchema.and(z.object({ id: z.string() })),
  load: ({ id }) => loadDocument(id),
  policy: (user, document) => canManageDocuments(user, document.bodyId),
  async work({ input: { id: _id, ...changes }, subject }) {
    const before = facts(subject);
    return { before, document: await update(subject, changes) };
  },
  audit: ({ before, document }) => ({
    action: 'document.update',
    subject: { type: 'document', id: String(document._id) },
    before,
    after: facts(document),
  }),
  followUp: async ({ document }, { app, user }) => {
    await indexDocument(document);
    await tellFollowers(app, document, 'document_changed', user?.id);
  },
  present: ({ document }, { user }) => presentDocument(document, user),
});
