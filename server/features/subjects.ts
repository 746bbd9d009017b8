// What other features may know of a record they attach to (a comment thread on a document, a live
// session on a meeting). The owning feature registers a resolver; attaching features ask here,
// so no feature reaches into another's model for visibility rules.
import { registerAuditNamer } from '../audit/names';

export type SubjectType = 'meeting' | 'agendaItem' | 'document' | 'proposal';

export interface SubjectInfo {
  id: string;
  type: SubjectType;
  title: string;
  /** The body (nämnd) responsible: officials of it reply as officials. */
  bodyId?: string;
  /** Visible to the public (published, not confidential). */
  public: boolean;
  /** Accepts new comments (e.g. a proposal that is open or later). */
  commentable: boolean;
  /** The page path of the subject, for links and notifications. */
  path: string;
  /** When it takes place, ISO 8601 (a meeting's start; a notice names its meeting by it). */
  date?: string;
}

type Resolver = (id: string) => Promise<SubjectInfo | null>;
const resolvers = new Map<SubjectType, Resolver>();

export function registerSubject(type: SubjectType, resolver: Resolver): void {
  resolvers.set(type, resolver);
  // The audit log names these subjects by their title, with their page.
  registerAuditNamer(type, async (id) => {
    const subject = /^[0-9a-f]{24}$/i.test(id) ? await resolver(id) : null;
    return subject ? { name: subject.title, path: subject.path } : null;
  });
}

/** The subject, or null when it does not exist (or its type is not registered). */
export async function resolveSubject(type: SubjectType, id: string): Promise<SubjectInfo | null> {
  const resolver = resolvers.get(type);
  if (!resolver || !/^[0-9a-f]{24}$/i.test(id)) return null;
  return resolver(id);
}
