// Who may do what with documents: secretaries of the document's body keep them; everyone reads
// public ones; a confidential document's content is read by those who decide on it — members of
// its body, a substitute called in for a meeting where it is on the agenda — and by those who keep
// it: the body's secretaries and the registry (a secretary grant without a body). Everyone else
// sees its registry entry and how to request it.
import type { CurrentUser } from '../auth/current-user';
import { hasRole, hasRoleSomewhere, isAdmin } from './roles';

/** May upload documents at all (checked before a multipart body is read; the body is checked after). */
export function canUploadSomeDocument(user: CurrentUser | undefined): boolean {
  return hasRoleSomewhere(user, 'secretary');
}

export function canManageDocuments(user: CurrentUser | undefined, bodyId: string): boolean {
  return hasRole(user, 'secretary', bodyId);
}

/** What the roles do not say: facts about the person and the document from the records. */
export interface ContentFacts {
  /** Called in as a substitute for a meeting where the document is on the agenda. */
  calledIn?: boolean;
  /** Seated in the body as a substitute (ersättare): reads only once called in. */
  substituteSeat?: boolean;
}

/** May read the document's text and file. */
export function canReadDocumentContent(
  user: CurrentUser | undefined,
  document: { secrecy: string; bodyId: string },
  facts: ContentFacts = {},
): boolean {
  if (document.secrecy === 'public') return true;
  if (!user) return false;
  if (facts.calledIn || hasRole(user, 'secretary', document.bodyId)) return true;
  return hasRole(user, 'official', document.bodyId) && !facts.substituteSeat;
}

/** The access log of a confidential document: the body's secretaries and the platform's admins. */
export function canReadAccessLog(
  user: CurrentUser | undefined,
  document: { bodyId: string },
): boolean {
  return hasRole(user, 'secretary', document.bodyId) || isAdmin(user);
}
