// Serving a confidential document's file to a reader who may read it: a PDF is read from storage,
// watermarked with the reader's name and the time, and answered never to be stored by a cache
// (each copy is the reader's own). Other file types go out as they are (an image or DOCX cannot
// carry a reliable visible mark); the read is logged all the same.
import type { Request, Response } from 'express';
import { contentDisposition, FILE_CSP, sendStoredFile, type ServedFile } from '../serve-file';
import { openFileDownload } from '../storage';
import { watermarkPdf } from './watermark';

export async function readStoredFile(file: Pick<ServedFile, 'fileId'>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of openFileDownload(file.fileId)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function sendConfidentialFile(
  req: Request,
  res: Response,
  file: ServedFile,
  options: { download: boolean; watermark: string },
): Promise<void> {
  res.setHeader('Cache-Control', 'private, no-store');
  if (file.mimeType !== 'application/pdf') {
    sendStoredFile(req, res, file, { download: options.download });
    return;
  }
  const stamped = await watermarkPdf(await readStoredFile(file), options.watermark);
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader(
    'Content-Disposition',
    contentDisposition(options.download ? 'attachment' : 'inline', file.name),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', FILE_CSP);
  res.setHeader('Content-Length', String(stamped.byteLength));
  res.end(Buffer.from(stamped.buffer, stamped.byteOffset, stamped.byteLength));
}
