// Reads a multipart document upload: the fields, and at most one `file` streamed into GridFS while
// hashing it (SHA-256), after sniffing its real type from the first bytes. Over the size limit:
// 413 and the chunks already written are removed; a type we do not accept: 400, nothing stored.
import busboy from 'busboy';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Request } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { extractText, getDocumentProxy } from 'unpdf';
import { ALLOWED_FILE_TYPES, DOCUMENT_TEXT_MAX, MAX_UPLOAD_BYTES } from '@shared/schemas/documents';
import { wellFormedText } from '@shared/schemas/common';
import { AppError, tooLarge, validationFailed } from '../../errors';
import { deleteStoredFile, openFileUpload, type FileUpload } from './storage';

/** Enough of the head for the ZIP-based Office formats, whose markers may sit past 4 kB. */
const SNIFF_BYTES = 256 * 1024;
/** Room for the multipart framing and the metadata fields around the file. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

export interface StoredFile {
  fileId: import('mongoose').Types.ObjectId;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** Extracted from PDFs; undefined for other types or when extraction fails. */
  text?: string;
}

export interface ParsedUpload {
  fields: Record<string, string>;
  file?: StoredFile;
}

function tooLargeError(): AppError {
  return tooLarge(`The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`);
}

/** A safe file name with the extension of the sniffed type (whatever the sender called it, e.g.
 * `rapport.html` holding a PDF becomes `rapport.pdf`): no path, no control characters, bounded
 * length, so a downloaded file opens as what it is. */
function cleanFileName(name: string | undefined, ext: string): string {
  const base = wellFormedText((name ?? '').split(/[\\/]/).pop() ?? '');
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    // The claimed extension (letters, maybe digits: .pdf, .html, .mp4), not a version like ".2".
    .replace(/\.(?=[a-z0-9]*[a-z])[a-z0-9]{1,10}$/i, '')
    .replace(/[.\s]+$/, '')
    .trim()
    .slice(0, 200);
  return `${cleaned || 'handling'}.${ext}`;
}

async function pdfText(buffers: Buffer[]): Promise<string | undefined> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(buffers)));
    const { text } = await extractText(pdf, { mergePages: true });
    const trimmed = text.trim();
    return trimmed ? trimmed.slice(0, DOCUMENT_TEXT_MAX) : undefined;
  } catch {
    // A PDF without a usable text layer is still a valid document; it is just not searchable.
    return undefined;
  }
}

async function writeChunk(upload: FileUpload, chunk: Buffer): Promise<void> {
  if (!upload.write(chunk)) await once(upload, 'drain');
}

async function receiveFile(stream: Readable, claimedName: string | undefined): Promise<StoredFile> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  let upload: FileUpload | undefined;
  let mimeType = '';
  let ext = '';
  let pdfBuffers: Buffer[] | undefined;
  let refusal: AppError | undefined;

  const start = async () => {
    const sample = Buffer.concat(head);
    const sniffed = await fileTypeFromBuffer(sample);
    const allowedExts = sniffed ? ALLOWED_FILE_TYPES[sniffed.mime] : undefined;
    if (!sniffed || !allowedExts) {
      throw validationFailed('file: the content is not a PDF, DOCX, PNG or JPEG file');
    }
    const claimedExt = claimedName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
    const knownExts = Object.values(ALLOWED_FILE_TYPES).flat();
    if (claimedExt && knownExts.includes(claimedExt) && !allowedExts.includes(claimedExt)) {
      throw validationFailed(
        `file: the name says .${claimedExt} but the content is ${sniffed.ext}`,
      );
    }
    mimeType = sniffed.mime;
    ext = sniffed.ext;
    if (mimeType === 'application/pdf') pdfBuffers = [sample];
    upload = openFileUpload(cleanFileName(claimedName, ext), mimeType);
    await writeChunk(upload, sample);
  };

  try {
    for await (const data of stream) {
      const chunk = data as Buffer;
      if (refusal) continue; // keep draining so the request completes and the answer arrives
      size += chunk.length;
      hash.update(chunk);
      try {
        if (upload) {
          pdfBuffers?.push(chunk);
          await writeChunk(upload, chunk);
        } else {
          head.push(chunk);
          headSize += chunk.length;
          if (headSize >= SNIFF_BYTES) await start();
        }
      } catch (error) {
        refusal = error instanceof AppError ? error : validationFailed('file: could not be read');
      }
    }
    if (refusal) throw refusal;
    if ((stream as Readable & { truncated?: boolean }).truncated) throw tooLargeError();
    if (size === 0) throw validationFailed('file: is empty');
    if (!upload) await start();
    const finishedUpload = upload as unknown as FileUpload;
    finishedUpload.end();
    await finished(finishedUpload);
    return {
      fileId: finishedUpload.id,
      name: cleanFileName(claimedName, ext),
      mimeType,
      size,
      sha256: hash.digest('hex'),
      text: pdfBuffers ? await pdfText(pdfBuffers) : undefined,
    };
  } catch (error) {
    if (upload) await upload.abort().catch(() => undefined);
    throw error;
  }
}

/** Stores a file already in memory (demo data, imports) through the same checks as an upload. */
export function storeFileBuffer(name: string, data: Buffer): Promise<StoredFile> {
  return receiveFile(Readable.from([data]), name);
}

/** Parses the multipart body; throws 400/413 with nothing stored. */
export async function parseMultipartUpload(req: Request): Promise<ParsedUpload> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) {
    // Known too large before reading: drain without storing a byte, then refuse.
    req.resume();
    await once(req, 'end').catch(() => undefined);
    throw tooLargeError();
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send UTF-8 file names (Å, Ä, Ö); busboy's default would read them as Latin-1.
      defParamCharset: 'utf8',
      limits: {
        fileSize: MAX_UPLOAD_BYTES,
        files: 1,
        fields: 20,
        fieldSize: DOCUMENT_TEXT_MAX * 4,
      },
    });
  } catch {
    throw validationFailed('The multipart body is malformed');
  }
  const fields: Record<string, string> = {};
  let filePromise: Promise<StoredFile> | undefined;
  let problem: AppError | undefined;

  parser.on('field', (name, value, info) => {
    if (info.valueTruncated) problem ??= validationFailed(`${name}: is too long`);
    else fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'file' || filePromise) {
      problem ??= validationFailed(`${name}: only one file, in the field "file"`);
      stream.resume();
      return;
    }
    filePromise = receiveFile(stream, info.filename);
    // Handled below; this keeps an early rejection from counting as unhandled.
    filePromise.catch(() => undefined);
  });
  parser.on('filesLimit', () => (problem ??= validationFailed('file: only one file')));
  parser.on('fieldsLimit', () => (problem ??= validationFailed('Too many fields')));

  const done = new Promise<void>((resolve, reject) => {
    parser.on('close', () => resolve());
    parser.on('error', () => reject(validationFailed('The multipart body is malformed')));
    req.on('aborted', () => reject(validationFailed('The upload was interrupted')));
  });
  req.pipe(parser);
  try {
    await done;
  } catch (error) {
    req.unpipe(parser);
    req.resume();
    const file = await filePromise?.catch(() => undefined);
    if (file) await deleteStoredFile(file.fileId);
    throw error;
  }
  const file = filePromise ? await filePromise : undefined;
  if (problem) {
    if (file) await deleteStoredFile(file.fileId);
    throw problem;
  }
  return { fields, file };
}
