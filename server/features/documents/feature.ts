// The document registry (handlingar): its routes, what comment threads may know of a document,
// and the check that keeps a body with documents from being removed.
import type { Feature } from '../../context';
import { registerBodyRecords } from '../bodies';
import { registerSubject } from '../subjects';
import { RecordDocument } from './model';
import { documentRoutes } from './routes';
import { registerErasure, registerPersonalData } from '../../auth/personal-data';
import { eraseReadMarks, exportReadMarks } from './access/log';

// Read marks are the person's own (issue 17): in their export, gone with their identity.
registerPersonalData('readMarks', exportReadMarks);
registerErasure('readMarks', eraseReadMarks);

registerSubject('document', async (id) => {
  const document = await RecordDocument.findById(id, { title: 1, bodyId: 1, secrecy: 1 }).lean();
  if (!document) return null;
  const isPublic = document.secrecy === 'public';
  return {
    id,
    type: 'document',
    title: document.title,
    bodyId: document.bodyId,
    public: isPublic,
    commentable: isPublic,
    path: `/handlingar/${id}`,
  };
});

registerBodyRecords(
  'documents',
  async (bodyId) => (await RecordDocument.exists({ bodyId })) !== null,
);

export const documentsFeature: Feature = {
  name: 'documents',
  apiRouter: (ctx) => documentRoutes(ctx),
};
