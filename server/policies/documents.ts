// Who may do what with documents: secretaries of the document's body keep them; everyone reads
// public ones; a confidential document shows its metadata only.
import type { CurrentUser } from '../auth/current-user';
import { hasRole, hasRoleSomewhere } from './roles';

/** May upload documents at all (checked before a multipart body is read; the body is checked after). */
export function canUploadSomeDocument(user: CurrentUser | undefined): boolean {
  return hasRoleSomewhere(user, 'secretary');
}

export function canManageDocuments(user: CurrentUser | undefined, bodyId: string): boolean {
  return hasRole(user, 'secretary', bodyId);
}

export function canReadDocumentContent(document: { secrecy: string }): boolean {
  return document.secrecy === 'public';
}
