// What refers to documents (agendas and minutes of meetings) belongs to another feature. It
// registers here how to find, protect and release its references, so the registry can show where
// a document is used and remove one cleanly without knowing the meetings' models.
import type { Announcer } from '../../realtime/rooms';

export interface MeetingRef {
  id: string;
  title: string;
  startsAt: string;
}

export interface DocumentUse {
  /** For each document, the published meetings it is on (agenda or minutes), soonest first. */
  meetingsOf(documentIds: string[]): Promise<Map<string, MeetingRef[]>>;
  /** Why the document must stay in the registry (e.g. it is a meeting's minutes), or null. */
  keeps(documentId: string): Promise<string | null>;
  /** Takes the document off everything that refers to it; answers what changed (ids). */
  release(documentId: string): Promise<string[]>;
  /** Tells the rooms of what `release` changed, after the document is gone. */
  announce(rooms: Announcer, changed: string[]): Promise<void>;
}

const uses = new Map<string, DocumentUse>();

/** `name` names the user (e.g. `meetings`); a second registration replaces the first. */
export function registerDocumentUse(name: string, use: DocumentUse): void {
  uses.set(name, use);
}

export function documentUses(): Array<[string, DocumentUse]> {
  return [...uses.entries()];
}
