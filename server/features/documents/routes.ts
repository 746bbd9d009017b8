// HTTP routes of the document registry: list, read, upload (JSON or multipart), change, delete,
// the extracted text and the file itself. Confidential: metadata only; text and file answer 403.
import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  DocumentCreateSchema,
  DocumentListQuerySchema,
  DocumentSchema,
  DocumentUpdateSchema,
} from '@shared/schemas/documents';
import { requestIp } from '../../audit/service';
import { currentUser, requireUser } from '../../auth/current-user';
import { forbidden, notFound } from '../../errors';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { authorize } from '../../policies/authorize';
import {
  canManageDocuments,
  canReadDocumentContent,
  canUploadSomeDocument,
} from '../../policies/documents';
import type { AppContext } from '../../context';
import { announceMeetingChange } from '../meetings/broadcast';
import { RecordDocument } from './model';
import {
  accessNotice,
  bodyName,
  createDocument,
  deleteDocument,
  findDocument,
  presentDocument,
  presentDocuments,
  updateDocument,
} from './service';
import { deleteStoredFile } from './storage';
import { sendStoredFile } from './serve-file';
import { parseMultipartUpload, type StoredFile } from './upload';
import { pathParam } from '../records/params';

const tags = ['documents'];
describeApi({
  method: 'get',
  path: '/api/v1/documents',
  summary: 'The document registry (confidential documents by metadata only)',
  tags,
  query: DocumentListQuerySchema,
  responses: {
    200: {
      description: 'Documents, newest first',
      schema: z.object({ data: z.array(DocumentSchema), total: z.number() }),
    },
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/documents',
  summary:
    'Register a document: JSON metadata, or multipart with `file` (PDF, DOCX, PNG, JPEG; up to 50 MB) and the same fields',
  tags,
  auth: 'secretary of the body',
  body: DocumentCreateSchema,
  responses: {
    201: { description: 'The document', schema: z.object({ data: DocumentSchema }) },
    400: { description: 'Invalid metadata, or a file whose content is not an allowed type' },
    401: { description: 'Not logged in' },
    403: { description: 'Not a secretary of the body' },
    413: { description: 'The file is larger than 50 MB; nothing is stored' },
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/documents/{id}',
  summary: 'A document; a confidential one shows metadata and how to request it',
  tags,
  responses: {
    200: { description: 'The document', schema: z.object({ data: DocumentSchema }) },
    404: { description: 'No such document' },
  },
});
describeApi({
  method: 'patch',
  path: '/api/v1/documents/{id}',
  summary: 'Change a document’s metadata',
  tags,
  auth: 'secretary of the body',
  body: DocumentUpdateSchema,
  responses: { 200: { description: 'The document', schema: z.object({ data: DocumentSchema }) } },
});
describeApi({
  method: 'delete',
  path: '/api/v1/documents/{id}',
  summary: 'Remove a document (not the minutes of a meeting)',
  tags,
  auth: 'secretary of the body',
  responses: { 204: { description: 'Removed' }, 409: { description: 'These are minutes' } },
});
describeApi({
  method: 'get',
  path: '/api/v1/documents/{id}/text',
  summary: 'The document’s text (typed, or extracted from its PDF)',
  tags,
  responses: {
    200: { description: 'The text', schema: z.object({ data: z.object({ text: z.string() }) }) },
    403: { description: 'Confidential: how to request the document' },
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/documents/{id}/file',
  summary:
    'The file, with its sniffed Content-Type, a CSP sandbox and an ETag (revalidated at every use); `?download=1` as an attachment',
  tags,
  responses: {
    200: { description: 'The file' },
    304: { description: 'Unchanged since the ETag sent in If-None-Match' },
    403: { description: 'Confidential: how to request the document' },
    404: { description: 'No such document or no file' },
  },
});

async function readCreateInput(req: Request) {
  const isMultipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
  if (!isMultipart) return { input: parseInput(DocumentCreateSchema, req.body), file: undefined };
  const { fields, file } = await parseMultipartUpload(req);
  try {
    // Empty form fields mean "not given", as a browser form sends them.
    const cleaned = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''));
    return { input: parseInput(DocumentCreateSchema, cleaned), file };
  } catch (error) {
    if (file) await deleteStoredFile(file.fileId);
    throw error;
  }
}

export function documentsRouter(ctx: AppContext): Router {
  const router = Router();

  router.get('/documents', async (req, res) => {
    const query = parseInput(DocumentListQuerySchema, req.query);
    const filter = {
      ...(query.bodyId ? { bodyId: query.bodyId } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
    };
    const [documents, total] = await Promise.all([
      RecordDocument.find(filter)
        .sort({ date: -1, createdAt: -1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize),
      RecordDocument.countDocuments(filter),
    ]);
    res.json({ data: await presentDocuments(documents, req.user), total });
  });

  router.post('/documents', requireUser, async (req, res) => {
    const user = currentUser(req);
    // Refuse before reading a (possibly 50 MB) body from someone who may upload nothing.
    authorize(user, canUploadSomeDocument, 'Only secretaries register documents');
    const { input, file } = await readCreateInput(req);
    let stored: StoredFile | undefined = file;
    try {
      authorize(user, (u) => canManageDocuments(u, input.bodyId), 'Not a secretary of this body');
      const document = await createDocument(user, input, file, requestIp(req));
      stored = undefined;
      res.status(201).json({ data: await presentDocument(document, user) });
    } finally {
      if (stored) await deleteStoredFile(stored.fileId);
    }
  });

  router.get('/documents/:id', async (req, res) => {
    const document = await findDocument(pathParam(req, 'id'));
    res.json({ data: await presentDocument(document, req.user) });
  });

  router.patch('/documents/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const document = await findDocument(pathParam(req, 'id'));
    authorize(user, (u) => canManageDocuments(u, document.bodyId));
    const input = parseInput(DocumentUpdateSchema, req.body);
    const updated = await updateDocument(user, document, input, requestIp(req));
    res.json({ data: await presentDocument(updated, user) });
  });

  router.delete('/documents/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const document = await findDocument(pathParam(req, 'id'));
    authorize(user, (u) => canManageDocuments(u, document.bodyId));
    const meetingIds = await deleteDocument(user, document, requestIp(req));
    for (const meetingId of meetingIds) await announceMeetingChange(ctx.io, meetingId);
    res.status(204).end();
  });

  router.get('/documents/:id/text', async (req, res) => {
    const document = await findDocument(pathParam(req, 'id'));
    if (!canReadDocumentContent(document)) {
      throw forbidden(accessNotice(document, await bodyName(document.bodyId)));
    }
    res.json({ data: { text: document.text ?? '' } });
  });

  router.get('/documents/:id/file', async (req, res) => {
    const document = await findDocument(pathParam(req, 'id'));
    if (!canReadDocumentContent(document)) {
      throw forbidden(accessNotice(document, await bodyName(document.bodyId)));
    }
    const file = document.file;
    if (!file) throw notFound('This document has no file');
    const download = req.query.download === '1' || req.query.download === 'true';
    sendStoredFile(req, res, file, { download });
  });

  return router;
}
