// Presenting documents: plain JSON with the body's name and the meetings the document is on; a
// confidential document shows its registry entry and how to request it, never its content.
import type { DocumentView } from '@shared/schemas/documents';
import type { CurrentUser } from '../../auth/current-user';
import { canManageDocuments } from '../../policies/documents';
import { bodyNames } from '../bodies';
import type { DocumentRecord } from './model';
import { mayReadContent } from './access/grants';
import { accessNotice } from './service';
import { documentUses, type MeetingRef } from './uses';

async function meetingsOf(ids: string[]): Promise<Map<string, MeetingRef[]>> {
  const merged = new Map<string, MeetingRef[]>();
  for (const [, use] of documentUses()) {
    for (const [id, refs] of await use.meetingsOf(ids)) {
      merged.set(id, [...(merged.get(id) ?? []), ...refs]);
    }
  }
  return merged;
}

/** The confidential documents among these whose content the caller may read. */
async function readableConfidential(
  documents: DocumentRecord[],
  user: CurrentUser | undefined,
): Promise<Set<string>> {
  const confidential = user ? documents.filter((d) => d.secrecy !== 'public') : [];
  const allowed = await Promise.all(confidential.map((d) => mayReadContent(user, d)));
  return new Set(confidential.filter((_, i) => allowed[i]).map((d) => String(d._id)));
}

export async function presentDocuments(
  documents: DocumentRecord[],
  user: CurrentUser | undefined,
): Promise<DocumentView[]> {
  if (documents.length === 0) return [];
  const ids = documents.map((d) => String(d._id));
  const [names, meetings, readable] = await Promise.all([
    bodyNames(documents.map((d) => d.bodyId)),
    meetingsOf(ids),
    readableConfidential(documents, user),
  ]);
  return documents.map((document) => {
    const id = String(document._id);
    const name = names.get(document.bodyId) ?? '';
    const isPublic = document.secrecy === 'public';
    const mayRead = isPublic || readable.has(id);
    const file = document.file;
    return {
      id,
      title: document.title,
      kind: document.kind,
      bodyId: document.bodyId,
      bodyName: name,
      date: document.date,
      caseNumber: document.caseNumber ?? undefined,
      secrecy: document.secrecy,
      secrecyReference: document.secrecyReference ?? undefined,
      file:
        mayRead && file
          ? { name: file.name, mimeType: file.mimeType, size: file.size, sha256: file.sha256 }
          : undefined,
      hasText: mayRead && Boolean(document.text),
      canReadContent: mayRead,
      accessNotice: isPublic ? undefined : accessNotice(document, name),
      meetings: meetings.get(id) ?? [],
      createdAt: document.createdAt.toISOString(),
      updatedAt: document.updatedAt.toISOString(),
      canManage: canManageDocuments(user, document.bodyId),
    };
  });
}

export async function presentDocument(
  document: DocumentRecord,
  user: CurrentUser | undefined,
): Promise<DocumentView> {
  return (await presentDocuments([document], user))[0]!;
}
