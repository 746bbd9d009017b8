// The documents of a whole-meeting PDF, as the meetings feature asks for them: for each id the
// registry entry, whether this reader may read its content, and a loader of the content (the PDF,
// an image, or the text) that is called one document at a time, so only one source is in memory.
// A confidential document's inclusion is a read like any other: logged in the audit chain.
import { trusted } from 'mongoose';
import type { Actor } from '../../../commands/define';
import { isObjectId } from '../../../db/ids';
import { RecordDocument, type DocumentRecord } from '../model';
import { mayReadContent } from './grants';
import { recordRead } from './log';
import { readStoredFile } from './serve';

export type PartContent =
  | { kind: 'pdf'; bytes: Uint8Array }
  | { kind: 'png' | 'jpeg'; bytes: Uint8Array }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

export interface BundlePart {
  id: string;
  title: string;
  confidential: boolean;
  readable: boolean;
  /** Changes whenever the content may change (for the cache key). */
  version: string;
  /** The content; logs the read of a confidential document. */
  load(): Promise<PartContent>;
}

async function contentOf(document: DocumentRecord): Promise<PartContent> {
  const file = document.file;
  if (file?.mimeType === 'application/pdf')
    return { kind: 'pdf', bytes: await readStoredFile(file) };
  if (file?.mimeType === 'image/png') return { kind: 'png', bytes: await readStoredFile(file) };
  if (file?.mimeType === 'image/jpeg') return { kind: 'jpeg', bytes: await readStoredFile(file) };
  if (document.text) return { kind: 'text', text: document.text };
  return { kind: 'none' };
}

/** The parts, in the order of `documentIds` (unknown ids left out). */
export async function bundleParts(actor: Actor, documentIds: string[]): Promise<BundlePart[]> {
  const ids = [...new Set(documentIds)].filter(isObjectId);
  const documents = await RecordDocument.find({ _id: trusted({ $in: ids }) }, { text: 0 });
  const byId = new Map(documents.map((d) => [String(d._id), d]));
  const parts: BundlePart[] = [];
  for (const id of ids) {
    const document = byId.get(id);
    if (!document) continue;
    const readable = await mayReadContent(actor.user, document);
    parts.push({
      id,
      title: document.title,
      confidential: document.secrecy !== 'public',
      readable,
      version: `${document.updatedAt.getTime()}:${document.file?.sha256 ?? ''}:${document.secrecy}`,
      async load() {
        if (!readable) return { kind: 'none' };
        const full = await RecordDocument.findById(id);
        if (!full) return { kind: 'none' };
        if (full.secrecy !== 'public') await recordRead(actor, full, 'bundle');
        return contentOf(full);
      },
    });
  }
  return parts;
}
