// Loading a document for a command: the document, or 404 (malformed ids included). Its content
// (text, file) is never served for a confidential document, to anyone: that answer is 403 with
// how to request the document under the principle of public access.
import { isObjectId } from '../../db/ids';
import { forbidden, notFound } from '../../errors';
import { bodyName } from '../bodies';
import { RecordDocument, type DocumentRecord } from './model';
import { accessNotice } from './service';

export async function loadDocument(id: string): Promise<DocumentRecord> {
  const document = isObjectId(id) ? await RecordDocument.findById(id) : null;
  if (!document) throw notFound('No such document');
  return document;
}

/** A public document whose content may be read; a confidential one answers 403 with the notice. */
export async function loadReadableDocument(id: string): Promise<DocumentRecord> {
  const document = await loadDocument(id);
  if (document.secrecy !== 'public') {
    throw forbidden(accessNotice(document, (await bodyName(document.bodyId)) ?? ''));
  }
  return document;
}
