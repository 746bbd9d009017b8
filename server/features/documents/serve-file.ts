// How a stored file is answered. Its sniffed type with `nosniff`; a CSP `sandbox`, so whatever the
// bytes are, a browser never runs them as a page of our origin (no script, no same-origin access);
// inline only for what browsers show by themselves (PDF, images), otherwise a download; and
// revalidated at every use (`no-cache` with the SHA-256 as ETag, 304 when unchanged), so a cache
// never serves the file of a document that has since become confidential: the revalidation gets
// the 403.
import type { Request, Response } from 'express';
import type { Types } from 'mongoose';
import { openFileDownload } from './storage';

export const FILE_CSP =
  "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export interface ServedFile {
  fileId: Types.ObjectId;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function sendStoredFile(
  req: Request,
  res: Response,
  file: ServedFile,
  options: { download: boolean },
): void {
  const inline = !options.download && INLINE_TYPES.has(file.mimeType);
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader(
    'Content-Disposition',
    contentDisposition(inline ? 'inline' : 'attachment', file.name),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', FILE_CSP);
  // A signed-in request's answer is already `private, no-store` (http/cache-control.ts).
  if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', `"${file.sha256}"`);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Length', String(file.size));
  const stream = openFileDownload(file.fileId);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
