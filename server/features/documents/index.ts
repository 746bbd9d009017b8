// The front door of the document registry: what other features may read of documents, how they
// declare that they refer to documents, and the registration command (with the file it takes).
export { documentsFeature } from './feature';
export {
  documentFacts,
  documentRefs,
  documentRow,
  documentRowPage,
  documentRowsByIds,
  documentsExist,
  recentDocuments,
  type DocumentRef,
  type DocumentRow,
} from './reads';
export { registerDocumentUse, type DocumentUse, type MeetingRef } from './uses';
export { createDocument } from './commands/create';
export { ReceivedFile } from './received-file';
export { storeFileBuffer } from './upload';
export { buildPdf } from './sample-files';
export { registerContentGrant, mayReadContent } from './access/grants';
export { readMarks } from './access/log';
export { bundleParts, type BundlePart, type PartContent } from './access/parts';
export { stampPage, watermarkText, winAnsi } from './access/watermark';
export { anchorStates, paragraphsOf, type AnchorState } from './access/anchors';
