// The rules of the document registry: create (with or without a stored file), change, delete
// (refused while something must keep it; references released), the search index entry, and how
// to request a confidential document. Work only: commands authorize, audit and announce.
import type { z } from 'zod';
import type { DocumentCreate, DocumentUpdateSchema } from '@shared/schemas/documents';
import { conflict, validationFailed } from '../../errors';
import { indexRecord, removeRecord } from '../../search';
import { bodyExists } from '../bodies';
import { RecordDocument, type DocumentRecord } from './model';
import type { ReceivedFile } from './received-file';
import { deleteStoredFile } from './storage';
import { documentUses, type DocumentUse } from './uses';

export async function createDocument(
  input: DocumentCreate,
  received: ReceivedFile | undefined,
  createdBy: string,
): Promise<DocumentRecord> {
  if (!(await bodyExists(input.bodyId))) {
    throw validationFailed('bodyId: no such body', [{ path: 'bodyId', message: 'no such body' }]);
  }
  const file = received?.stored;
  const document = await RecordDocument.create({
    title: input.title,
    kind: input.kind,
    bodyId: input.bodyId,
    date: input.date,
    caseNumber: input.caseNumber,
    secrecy: input.secrecy,
    secrecyReference: input.secrecy === 'confidential' ? input.secrecyReference : undefined,
    // Typed text wins over the extracted text: the secretary knows best what the document says.
    text: input.text?.trim() || file?.text,
    file: file && {
      fileId: file.fileId,
      name: file.name,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
    },
    createdBy,
  });
  // From here the document holds the file: a later failure must not remove it.
  received?.claim();
  return document;
}

export async function updateDocument(
  document: DocumentRecord,
  input: z.infer<typeof DocumentUpdateSchema>,
): Promise<DocumentRecord> {
  const secrecy = input.secrecy ?? document.secrecy;
  const reference = input.secrecyReference ?? document.secrecyReference;
  if (secrecy === 'confidential' && !reference) {
    throw validationFailed('secrecyReference: a confidential document needs its OSL reference');
  }
  document.set({ ...input, secrecyReference: secrecy === 'confidential' ? reference : undefined });
  await document.save();
  return document;
}

export interface Released {
  use: DocumentUse;
  changed: string[];
}

/** Removes the document and its file; answers what referred to it and was released. */
export async function deleteDocument(document: DocumentRecord): Promise<Released[]> {
  const id = String(document._id);
  for (const [, use] of documentUses()) {
    const reason = await use.keeps(id);
    if (reason) throw conflict(reason);
  }
  const released: Released[] = [];
  for (const [, use] of documentUses()) released.push({ use, changed: await use.release(id) });
  await document.deleteOne();
  if (document.file) await deleteStoredFile(document.file.fileId);
  return released;
}

/** Keeps the archive's index in step: public documents with their text, confidential ones by
 * title and metadata only (the registry is public; the content is not). */
export async function indexDocument(document: DocumentRecord): Promise<void> {
  const isPublic = document.secrecy === 'public';
  await indexRecord({
    type: 'document',
    id: String(document._id),
    title: document.title,
    text: [document.caseNumber ?? '', isPublic ? (document.text ?? '') : ''].join('\n').trim(),
    date: new Date(`${document.date}T12:00:00Z`),
    bodyId: document.bodyId,
    path: `/handlingar/${String(document._id)}`,
  });
}

export const unindexDocument = (id: string) => removeRecord('document', id);

/** How to get a confidential document: the public's right to request it (begära ut). */
export function accessNotice(
  document: Pick<DocumentRecord, 'secrecyReference' | 'caseNumber'>,
  body: string,
): string {
  const reference = document.secrecyReference ? ` (${document.secrecyReference})` : '';
  const caseNumber = document.caseNumber ? `, quoting case number ${document.caseNumber}` : '';
  return (
    `This document is confidential${reference}. You can request it as an official document ` +
    `(begära ut allmän handling) from ${body || 'the body'}${caseNumber}; the authority then ` +
    'reviews the secrecy and answers without delay. You do not need to say who you are or why.'
  );
}
