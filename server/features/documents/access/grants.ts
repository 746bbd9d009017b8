// Who reads a confidential document's content beyond the roles of its body: another feature (the
// meetings, for a substitute called in) registers here how it grants access to a person, so the
// registry decides with the same policy without knowing the meetings' models.
import type { CurrentUser } from '../../../auth/current-user';
import { canReadDocumentContent } from '../../../policies/documents';
import { bodyMember } from '../../bodies';

/** Whether the person has been given access to the document's content (e.g. called in). */
export type ContentGrant = (userId: string, documentId: string) => Promise<boolean>;

const grants = new Map<string, ContentGrant>();

/** `name` names the granting feature; a second registration replaces the first. */
export function registerContentGrant(name: string, grant: ContentGrant): void {
  grants.set(name, grant);
}

async function calledIn(userId: string, documentId: string): Promise<boolean> {
  for (const grant of grants.values()) if (await grant(userId, documentId)) return true;
  return false;
}

/** A seat whose position names a substitute (ersättare) rather than a member (ledamot). */
export const isSubstitutePosition = (position: string | undefined) =>
  /ersättare|substitute/i.test(position ?? '');

/** The policy, with the records asked only when the roles alone do not decide. */
export async function mayReadContent(
  user: CurrentUser | undefined,
  document: { _id: unknown; secrecy: string; bodyId: string },
): Promise<boolean> {
  if (!user || document.secrecy === 'public') return canReadDocumentContent(user, document);
  const seat = await bodyMember(document.bodyId, user.id);
  const substituteSeat = isSubstitutePosition(seat?.position);
  if (canReadDocumentContent(user, document, { substituteSeat })) return true;
  const called = await calledIn(user.id, String(document._id));
  return canReadDocumentContent(user, document, { substituteSeat, calledIn: called });
}
