// The rules of the document registry: create (with or without a stored file), change, delete,
// keep the search index in step, and present a document (never a confidential one's content).
import type { DocumentCreate, DocumentView } from '@shared/schemas/documents';
import { DocumentUpdateSchema } from '@shared/schemas/documents';
import type { z } from 'zod';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, notFound, validationFailed } from '../../errors';
import { canManageDocuments } from '../../policies/documents';
import { indexRecord, removeRecord } from '../../search';
import { Body } from '../bodies/model';
import { AgendaItem, Meeting } from '../meetings/model';
import { RecordDocument, type DocumentRecord } from './model';
import { deleteStoredFile } from './storage';
import type { StoredFile } from './upload';
import { op } from '../records/query';

export async function findDocument(id: string): Promise<DocumentRecord> {
  if (!/^[0-9a-f]{24}$/i.test(id)) throw notFound('No such document');
  const document = await RecordDocument.findById(id);
  if (!document) throw notFound('No such document');
  return document;
}

export async function bodyName(bodyId: string): Promise<string> {
  const body = /^[0-9a-f]{24}$/i.test(bodyId)
    ? await Body.findById(bodyId, { name: 1 }).lean()
    : null;
  return body?.name ?? '';
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

export async function createDocument(
  user: CurrentUser,
  input: DocumentCreate,
  file: StoredFile | undefined,
  ip: string | undefined,
): Promise<DocumentRecord> {
  if (!(await Body.exists({ _id: input.bodyId }))) {
    throw validationFailed('bodyId: no such body');
  }
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
    createdBy: user.id,
  });
  await recordAudit({
    actor: user.id,
    action: 'document.create',
    subject: { type: 'document', id: String(document._id) },
    after: {
      title: document.title,
      kind: document.kind,
      secrecy: document.secrecy,
      sha256: file?.sha256,
    },
    ip,
  });
  await indexDocument(document);
  return document;
}

export async function updateDocument(
  user: CurrentUser,
  document: DocumentRecord,
  input: z.infer<typeof DocumentUpdateSchema>,
  ip: string | undefined,
): Promise<DocumentRecord> {
  const secrecy = input.secrecy ?? document.secrecy;
  const reference = input.secrecyReference ?? document.secrecyReference;
  if (secrecy === 'confidential' && !reference) {
    throw validationFailed('secrecyReference: a confidential document needs its OSL reference');
  }
  const before = { title: document.title, kind: document.kind, secrecy: document.secrecy };
  document.set({ ...input, secrecyReference: secrecy === 'confidential' ? reference : undefined });
  await document.save();
  await recordAudit({
    actor: user.id,
    action: 'document.update',
    subject: { type: 'document', id: String(document._id) },
    before,
    after: { title: document.title, kind: document.kind, secrecy: document.secrecy },
    ip,
  });
  await indexDocument(document);
  return document;
}

export async function deleteDocument(
  user: CurrentUser,
  document: DocumentRecord,
  ip: string | undefined,
): Promise<string[]> {
  const id = String(document._id);
  if (await Meeting.exists({ 'minutes.documentId': id })) {
    throw conflict('These are the minutes of a meeting; they stay in the registry');
  }
  const affected = await AgendaItem.find({ documentIds: id }, { meetingId: 1 }).lean();
  await AgendaItem.updateMany({ documentIds: id }, { $pull: { documentIds: id } });
  await document.deleteOne();
  if (document.file) await deleteStoredFile(document.file.fileId);
  await recordAudit({
    actor: user.id,
    action: 'document.delete',
    subject: { type: 'document', id },
    before: { title: document.title, kind: document.kind },
    ip,
  });
  await removeRecord('document', id);
  /** The meetings whose agendas lost the document: their viewers should hear of it. */
  return [...new Set(affected.map((item) => item.meetingId))];
}

/** How to get a confidential document: the public's right to request it (begära ut). */
export function accessNotice(document: DocumentRecord, body: string): string {
  const reference = document.secrecyReference ? ` (${document.secrecyReference})` : '';
  const caseNumber = document.caseNumber ? `, quoting case number ${document.caseNumber}` : '';
  return (
    `This document is confidential${reference}. You can request it as an official document ` +
    `(begära ut allmän handling) from ${body || 'the body'}${caseNumber}; the authority then ` +
    'reviews the secrecy and answers without delay. You do not need to say who you are or why.'
  );
}

export async function presentDocuments(
  documents: DocumentRecord[],
  user: CurrentUser | undefined,
): Promise<DocumentView[]> {
  if (documents.length === 0) return [];
  const ids = documents.map((d) => String(d._id));
  const [bodies, items] = await Promise.all([
    Body.find(
      { _id: op({ $in: [...new Set(documents.map((d) => d.bodyId))] }) },
      { name: 1 },
    ).lean(),
    AgendaItem.find({ documentIds: op({ $in: ids }) }, { meetingId: 1, documentIds: 1 }).lean(),
  ]);
  const meetings = await Meeting.find(
    {
      $or: [
        { _id: op({ $in: [...new Set(items.map((item) => item.meetingId))] }) },
        { 'minutes.documentId': op({ $in: ids }) },
      ],
      status: 'published',
    },
    { title: 1, startsAt: 1, minutes: 1 },
  )
    .sort({ startsAt: 1 })
    .lean();
  const bodyNames = new Map(bodies.map((b) => [String(b._id), b.name]));
  return documents.map((document) => {
    const id = String(document._id);
    const name = bodyNames.get(document.bodyId) ?? '';
    const onAgendas = new Set(
      items.filter((item) => item.documentIds.includes(id)).map((item) => item.meetingId),
    );
    const isPublic = document.secrecy === 'public';
    const file = document.file;
    return {
      id,
      title: document.title,
      kind: document.kind,
      bodyId: document.bodyId,
      bodyName: name,
      date: document.date,
      caseNumber: document.caseNumber ?? undefined,
      secrecy: document.secrecy,
      secrecyReference: document.secrecyReference ?? undefined,
      file:
        isPublic && file
          ? { name: file.name, mimeType: file.mimeType, size: file.size, sha256: file.sha256 }
          : undefined,
      hasText: isPublic && Boolean(document.text),
      accessNotice: isPublic ? undefined : accessNotice(document, name),
      meetings: meetings
        .filter((m) => onAgendas.has(String(m._id)) || m.minutes?.documentId === id)
        .map((m) => ({ id: String(m._id), title: m.title, startsAt: m.startsAt.toISOString() })),
      createdAt: document.createdAt.toISOString(),
      updatedAt: document.updatedAt.toISOString(),
      canManage: canManageDocuments(user, document.bodyId),
    };
  });
}

export async function presentDocument(
  document: DocumentRecord,
  user: CurrentUser | undefined,
): Promise<DocumentView> {
  const [view] = await presentDocuments([document], user);
  return view!;
}
