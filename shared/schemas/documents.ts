// Documents (handlingar) in the public registry: metadata as the API takes and presents it, the
// case number format and the upload limits.
import { z } from 'zod';
import { IdSchema, userText } from './common';

export const DOCUMENT_KINDS = [
  'kallelse',
  'protokoll',
  'tjansteskrivelse',
  'beslut',
  'bilaga',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SECRECY = ['public', 'confidential'] as const;
export const DOCUMENT_TITLE_MAX = 300;
export const DOCUMENT_TEXT_MAX = 200_000;
export const SECRECY_REFERENCE_MAX = 200;
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** The allowed file types, by their sniffed MIME type, with the extensions that may claim them. */
export const ALLOWED_FILE_TYPES: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

/** Diarienummer: the registry's prefix, the year and a running number, e.g. `KS 2026/123`. */
export const CASE_NUMBER_PATTERN = /^[A-ZÅÄÖ]{1,8} \d{4}\/\d{1,6}$/;

export const DocumentCreateSchema = z
  .object({
    title: userText().trim().min(1).max(DOCUMENT_TITLE_MAX),
    kind: z.enum(DOCUMENT_KINDS),
    bodyId: IdSchema,
    date: z.iso.date(),
    caseNumber: userText()
      .trim()
      .regex(CASE_NUMBER_PATTERN, 'must look like "KS 2026/123"')
      .optional(),
    secrecy: z.enum(SECRECY),
    /** The provision of offentlighets- och sekretesslagen (OSL) that makes it confidential. */
    secrecyReference: userText().trim().min(1).max(SECRECY_REFERENCE_MAX).optional(),
    text: userText().max(DOCUMENT_TEXT_MAX).optional(),
  })
  .refine((value) => value.secrecy === 'public' || value.secrecyReference !== undefined, {
    path: ['secrecyReference'],
    message: 'a confidential document needs its OSL reference, e.g. "OSL 26 kap. 1 §"',
  });
export type DocumentCreate = z.infer<typeof DocumentCreateSchema>;

export const DocumentUpdateSchema = z
  .object({
    title: userText().trim().min(1).max(DOCUMENT_TITLE_MAX),
    kind: z.enum(DOCUMENT_KINDS),
    date: z.iso.date(),
    caseNumber: userText().trim().regex(CASE_NUMBER_PATTERN, 'must look like "KS 2026/123"'),
    secrecy: z.enum(SECRECY),
    secrecyReference: userText().trim().min(1).max(SECRECY_REFERENCE_MAX),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');

export const DocumentListQuerySchema = z.object({
  bodyId: IdSchema.optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  /** Leaves out one kind (the secretary's picker of agenda documents leaves out the minutes). */
  notKind: z.enum(DOCUMENT_KINDS).optional(),
  /** Words of the title or the case number, any case (the console's document picker). */
  q: userText().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const FileInfoSchema = z.object({
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

export const DocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  bodyId: z.string(),
  bodyName: z.string(),
  date: z.string(),
  caseNumber: z.string().optional(),
  secrecy: z.enum(SECRECY),
  secrecyReference: z.string().optional(),
  /** Present for public documents, and confidential ones to those who may read them. */
  file: FileInfoSchema.optional(),
  /** Whether text (typed or extracted from the PDF) is available to the caller. */
  hasText: z.boolean(),
  /** The caller may read the content (always for public documents; issue 17). */
  canReadContent: z.boolean().optional(),
  /** Confidential documents: how to request the document (begära ut allmän handling). */
  accessNotice: z.string().optional(),
  meetings: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  canManage: z.boolean(),
});
export type DocumentView = z.infer<typeof DocumentSchema>;
