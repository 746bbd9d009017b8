// Who may do what with documents: secretaries of the document's body keep them; everyone reads
// public ones; a confidential document shows its metadata only, to everyone (its content goes out
// only after a secrecy review on request, outside this system).
import type { CurrentUser } from '../auth/current-user';
import { hasRole } from './roles';

/** May upload documents at all (checked before a multipart body is read). */
export function canUploadSomeDocument(user: CurrentUser): boolean {
  return hasRole(user, 'secretary');
}

export function canManageDocuments(user: CurrentUser | undefined, bodyId: string): boolean {
  return hasRole(user, 'secretary', bodyId);
}

export function canReadDocumentContent(document: { secrecy: string }): boolean {
  return document.secrecy === 'public';
}
