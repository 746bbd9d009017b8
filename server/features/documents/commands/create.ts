// Registering a document (JSON metadata, or multipart with a file the route stored): a secretary
// of the document's body. The route refuses anyone who may register no document at all before it
// reads the (possibly 50 MB) body; this policy then checks the body named in the metadata.
import { z } from 'zod';
import { DocumentCreateSchema } from '@shared/schemas/documents';
import { defineCommand } from '../../../commands/define';
import { canManageDocuments } from '../../../policies/documents';
import { presentDocument } from '../present';
import { ReceivedFile } from '../received-file';
import { createDocument as create, indexDocument } from '../service';
import { tellFollowers } from '../tell';

export const createDocument = defineCommand({
  name: 'document.create',
  input: DocumentCreateSchema.safeExtend({ file: z.instanceof(ReceivedFile).optional() }),
  policy: (user, _none, input) => canManageDocuments(user, input.bodyId),
  work: ({ input: { file, ...metadata }, user }) => create(metadata, file, user!.id),
  audit: (document) => ({
    action: 'document.create',
    subject: { type: 'document', id: String(document._id) },
    after: {
      title: document.title,
      kind: document.kind,
      secrecy: document.secrecy,
      sha256: document.file?.sha256,
    },
  }),
  followUp: async (document, { app, user }) => {
    await indexDocument(document);
    await tellFollowers(app, document, 'document_published', user?.id);
  },
  present: (document, { user }) => presentDocument(document, user),
});
