// The HTTP API of the document registry: each route is a command (commands/), declared and
// documented here. Registering takes JSON or multipart (the file is stored while it streams in);
// who may register at all and the per-address upload limit are checked before the body is read,
// and a stored file no document took is removed before an error answer goes out.
import {
  Router,
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { z } from 'zod';
import {
  DocumentCreateSchema,
  DocumentSchema,
  DocumentUpdateSchema,
} from '@shared/schemas/documents';
import type { AppContext } from '../../context';
import { forbidden, unauthenticated } from '../../errors';
import { CommandRouter } from '../../http/command-routes';
import { limitAddress } from '../../http/limit-address';
import { canUploadSomeDocument } from '../../policies/documents';
import { createDocument } from './commands/create';
import { deleteDocument } from './commands/delete';
import { getDocument, getDocumentFile, getDocumentText, listDocuments } from './commands/queries';
import { updateDocument } from './commands/update';
import { ReceivedFile } from './received-file';
import { deleteStoredFile } from './storage';
import { sendStoredFile } from './serve-file';
import { sendConfidentialFile } from './access/serve';
import { accessRoutes } from './access/routes';
import { parseMultipartUpload } from './upload';

const tags = ['documents'];
const keeper = 'secretary of the body';
const confidential = 'Confidential: how to request the document';

type FileAnswer = Awaited<ReturnType<(typeof getDocumentFile)['work']>>;

/** The stored file, answered as serve-file.ts says (sandboxed, revalidated). */
async function replyWithFile(
  res: Response,
  { file, download, watermark }: FileAnswer,
  req: Request,
): Promise<void> {
  if (watermark) await sendConfidentialFile(req, res, file, { download, watermark });
  else sendStoredFile(req, res, file, { download });
}

/** Refuses, before a (possibly 50 MB) body is read, anyone who may register no document at all. */
const mayRegisterSomeDocument: RequestHandler = (req, _res, next) => {
  if (!req.user) throw unauthenticated();
  if (!canUploadSomeDocument(req.user)) throw forbidden('Only secretaries register documents');
  next();
};

/** Files stored for a request, until a document takes them. */
const received = new WeakMap<Request, ReceivedFile>();

/** The create command's input: the JSON body, or the multipart fields and the stored file. */
async function createInput(req: Request): Promise<unknown> {
  const isMultipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
  if (!isMultipart) {
    const body: unknown = req.body;
    // A file is only ever one the server stored itself, never named in JSON.
    return body && typeof body === 'object' ? { ...body, file: undefined } : {};
  }
  const { fields, file } = await parseMultipartUpload(req);
  const upload = file && new ReceivedFile(file);
  if (upload) received.set(req, upload);
  // Empty form fields mean "not given", as a browser form sends them.
  const cleaned = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''));
  return { ...cleaned, file: upload };
}

/** A request that failed after its file was stored leaves nothing behind. */
const removeUnclaimedFile: ErrorRequestHandler = (error, req, _res, next) => {
  const upload = received.get(req);
  if (!upload || upload.claimed) return next(error);
  received.delete(req);
  void deleteStoredFile(upload.stored.fileId).finally(() => next(error));
};

export function documentRoutes(app: AppContext): Router {
  const routes = new CommandRouter(app, '/api/v1')
    .get('/documents', listDocuments, {
      summary: 'The document registry (confidential documents by metadata only)',
      tags,
      reply: 'body',
      response: z.object({ data: z.array(DocumentSchema), total: z.number() }),
    })
    .post('/documents', createDocument, {
      summary:
        'Register a document: JSON metadata, or multipart with `file` (PDF, DOCX, PNG, JPEG; up to 50 MB) and the same fields',
      tags,
      auth: keeper,
      status: 201,
      body: DocumentCreateSchema,
      response: DocumentSchema,
      errors: {
        400: 'Invalid metadata, or a file whose content is not an allowed type',
        413: 'The file is larger than 50 MB; nothing is stored',
        429: 'Too many uploads from this address',
      },
      before: [mayRegisterSomeDocument, limitAddress(app, 'upload')],
      input: createInput,
    })
    .get('/documents/:id', getDocument, {
      summary: 'A document; a confidential one shows metadata and how to request it',
      tags,
      response: DocumentSchema,
      errors: { 404: 'No such document' },
    })
    .patch('/documents/:id', updateDocument, {
      summary: 'Change a document’s metadata',
      tags,
      auth: keeper,
      body: DocumentUpdateSchema,
      response: DocumentSchema,
    })
    .delete('/documents/:id', deleteDocument, {
      summary: 'Remove a document (not the minutes of a meeting)',
      tags,
      auth: keeper,
      status: 204,
      errors: { 409: 'These are minutes' },
    })
    .get('/documents/:id/text', getDocumentText, {
      summary:
        'The document’s text (typed, or extracted from its PDF); `?offline=1`: a copy kept for reading offline, not marked read',
      tags,
      response: z.object({ text: z.string() }),
      errors: { 403: confidential },
    })
    .get('/documents/:id/file', getDocumentFile, {
      summary:
        'The file, with its sniffed Content-Type; `?download=1` as an attachment; `?offline=1` a copy kept for reading offline, not marked read',
      tags,
      reply: replyWithFile,
      errors: { 403: confidential, 404: 'No such document or no file' },
    });
  accessRoutes(routes);
  const router = Router();
  router.use(routes.router);
  router.use(removeUnclaimedFile);
  return router;
}
