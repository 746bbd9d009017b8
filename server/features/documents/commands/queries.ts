// Reading the registry: the list, one document, its text and its file. Anyone may; a
// confidential document shows its entry only (text and file answer 403 with how to request it),
// except to those who decide on it or keep it (policies/documents.ts): their reads are logged in
// the audit chain and the file they get carries their name and the time.
import { trusted } from 'mongoose';
import { z } from 'zod';
import { DocumentListQuerySchema } from '@shared/schemas/documents';
import { defineCommand } from '../../../commands/define';
import { notFound } from '../../../errors';
import { recordRead } from '../access/log';
import { watermarkText } from '../access/watermark';
import { loadDocument, loadReadableDocument } from '../load';
import { RecordDocument } from '../model';
import { presentDocument, presentDocuments } from '../present';

/** Every word in the title or the case number, any case; the words are matched as plain text. */
function matching(q: string) {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  return {
    $and: words.map((word) => {
      const pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      return { $or: [{ title: pattern }, { caseNumber: pattern }] };
    }),
  };
}

export const listDocuments = defineCommand({
  name: 'document.list',
  input: DocumentListQuerySchema,
  policy: 'public',
  async work({ input, user }) {
    const kind = input.kind ?? (input.notKind ? trusted({ $ne: input.notKind }) : undefined);
    const filter = {
      ...(input.bodyId ? { bodyId: input.bodyId } : {}),
      ...(kind ? { kind } : {}),
      ...(input.q ? matching(input.q) : {}),
    };
    const [documents, total] = await Promise.all([
      RecordDocument.find(filter)
        .sort({ date: -1, createdAt: -1 })
        .skip((input.page - 1) * input.pageSize)
        .limit(input.pageSize),
      RecordDocument.countDocuments(filter),
    ]);
    return { data: await presentDocuments(documents, user), total };
  },
});

const DocumentId = z.object({ id: z.string() });

/** A `?x=1` (or `true`) switch of the query string. */
const flag = z
  .string()
  .optional()
  .transform((value) => value === '1' || value === 'true');

/**
 * `?offline=1`: the reading room keeps a copy for reading offline (reading/offline.ts) when the
 * person opens "Mina möten". The delivery is logged as any read of confidential content, but the
 * document is not marked read: the person has not opened it, and every document of the coming
 * meetings would otherwise count as read the moment the list is shown.
 */
const Reading = DocumentId.extend({ offline: flag });

export const getDocument = defineCommand({
  name: 'document.get',
  input: DocumentId,
  load: ({ id }) => loadDocument(id),
  policy: 'public',
  work: ({ subject }) => Promise.resolve(subject),
  present: (document, { user }) => presentDocument(document, user),
});

export const getDocumentText = defineCommand({
  name: 'document.text',
  input: Reading,
  load: ({ id }, actor) => loadReadableDocument(id, actor.user),
  policy: 'public',
  async work({ input, subject, actor }) {
    await recordRead(actor, subject, 'text', { markRead: !input.offline });
    return { text: subject.text ?? '' };
  },
});

export const getDocumentFile = defineCommand({
  name: 'document.file',
  input: Reading.extend({
    /** `?download=1` (or `true`) serves the file as an attachment. */
    download: flag,
  }),
  load: ({ id }, actor) => loadReadableDocument(id, actor.user),
  policy: 'public',
  async work({ input, subject, actor }) {
    const file = subject.file;
    if (!file) throw notFound('This document has no file');
    await recordRead(actor, subject, 'file', { markRead: !input.offline });
    const reader = subject.secrecy === 'public' ? undefined : actor.user;
    return {
      file,
      download: input.download,
      // The reader's own copy: named and timed on every page.
      watermark: reader ? watermarkText(reader.displayName, new Date()) : undefined,
    };
  },
});
