// Loading a document for a command: the document, or 404 (malformed ids included). Its content
// (text, file) is served for a confidential document only to those the policy lets read it
// (access/grants.ts); everyone else gets 403 with how to request the document under the principle
// of public access.
import type { CurrentUser } from '../../auth/current-user';
import { isObjectId } from '../../db/ids';
import { forbidden, notFound } from '../../errors';
import { bodyName } from '../bodies';
import { mayReadContent } from './access/grants';
import { RecordDocument, type DocumentRecord } from './model';
import { accessNotice } from './service';

export async function loadDocument(id: string): Promise<DocumentRecord> {
  const document = isObjectId(id) ? await RecordDocument.findById(id) : null;
  if (!document) throw notFound('No such document');
  return document;
}

/** A document whose content the caller may read; otherwise 403 with the notice. */
export async function loadReadableDocument(
  id: string,
  user: CurrentUser | undefined,
): Promise<DocumentRecord> {
  const document = await loadDocument(id);
  if (!(await mayReadContent(user, document))) {
    throw forbidden(accessNotice(document, (await bodyName(document.bodyId)) ?? ''));
  }
  return document;
}
