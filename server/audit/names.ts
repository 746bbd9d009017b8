// Who and what an audit entry is about, in names instead of ids, for the administrators' log and
// its CSV export. People are named by their display name only (never a personnummer or an
// e-mail address); the things acted on by the feature that owns them, which registers a namer
// here (the audit log imports no feature).
import { trusted } from 'mongoose';
import { RoleSchema, type RoleGrant } from '@shared/roles';
import type { AuditEntryView } from '@shared/schemas/auth';
import { ERASED_NAME } from '../auth/authors';
import { User } from '../auth/user-model';

export interface NamedThing {
  name: string;
  /** The page of the thing, when there is one. */
  path?: string;
}

type Namer = (id: string) => Promise<NamedThing | null>;
const namers = new Map<string, Namer>();

/** A feature tells how its records of `type` are named (subject types of audit entries). */
export function registerAuditNamer(type: string, namer: Namer): void {
  namers.set(type, namer);
}

export const personPath = (id: string) => `/admin/anvandare/${id}`;

const isId = (id: string) => /^[0-9a-f]{24}$/i.test(id);

async function personNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(isId))];
  if (unique.length === 0) return new Map();
  const users = await User.find(
    { _id: trusted({ $in: unique }) },
    { displayName: 1, erasedAt: 1 },
  ).lean();
  return new Map(
    users.map((u) => [String(u._id), u.erasedAt ? ERASED_NAME.sv : u.displayName] as const),
  );
}

interface RawEntry {
  actor: string;
  action: string;
  subject?: { type?: string | null; id?: string | null } | null;
  before?: unknown;
  after?: unknown;
}

const grantsOf = (value: unknown): RoleGrant[] => {
  const roles = (value as { roles?: unknown } | null | undefined)?.roles;
  if (!Array.isArray(roles)) return [];
  return roles.flatMap((r: unknown) => {
    const grant = r as { role?: unknown; bodyId?: unknown };
    const role = RoleSchema.safeParse(grant.role);
    if (!role.success) return [];
    return [
      typeof grant.bodyId === 'string'
        ? { role: role.data, bodyId: grant.bodyId }
        : { role: role.data },
    ];
  });
};
const key = (g: RoleGrant) => `${g.role}:${g.bodyId ?? ''}`;

/** The grant a role change added or removed (from its before and after). */
function changedGrant(entry: RawEntry): RoleGrant | undefined {
  const before = grantsOf(entry.before);
  const after = grantsOf(entry.after);
  const [from, to] = entry.action === 'user.role_revoke' ? [after, before] : [before, after];
  const had = new Set(from.map(key));
  return to.find((g) => !had.has(key(g)));
}

export type NamedParts = Pick<
  AuditEntryView,
  'actorKind' | 'actorName' | 'actorPath' | 'subjectName' | 'subjectPath' | 'grant'
>;

/** Names for a page of entries: one query for the people, one resolution per other thing. */
export async function nameEntries(entries: RawEntry[]): Promise<NamedParts[]> {
  const grants = entries.map((e) =>
    e.action === 'user.role_grant' || e.action === 'user.role_revoke' ? changedGrant(e) : undefined,
  );
  const people = await personNames([
    ...entries.map((e) => e.actor),
    ...entries.flatMap((e) => (e.subject?.type === 'user' && e.subject.id ? [e.subject.id] : [])),
  ]);
  const things = new Map<string, NamedThing | null>();
  const thing = async (type: string, id: string) => {
    const k = `${type}:${id}`;
    if (!things.has(k)) {
      const namer = namers.get(type);
      things.set(k, namer ? await namer(id).catch(() => null) : null);
    }
    return things.get(k) ?? null;
  };
  const result: NamedParts[] = [];
  for (const [i, e] of entries.entries()) {
    const actorKind = e.actor === 'system' ? 'system' : isId(e.actor) ? 'user' : 'anonymous';
    const actorName = actorKind === 'user' ? (people.get(e.actor) ?? ERASED_NAME.sv) : null;
    const type = e.subject?.type ?? '';
    const id = e.subject?.id ?? '';
    let subject: NamedThing | null = null;
    if (type === 'user' && isId(id)) {
      subject = { name: people.get(id) ?? ERASED_NAME.sv, path: personPath(id) };
    } else if (type && id) {
      subject = await thing(type, id);
    }
    const grant = grants[i];
    const bodyName = grant?.bodyId ? (await thing('body', grant.bodyId))?.name : undefined;
    result.push({
      actorKind,
      actorName,
      actorPath: actorKind === 'user' ? personPath(e.actor) : null,
      subjectName: subject?.name ?? null,
      subjectPath: subject?.path ?? null,
      ...(grant ? { grant: { ...grant, ...(bodyName ? { bodyName } : {}) } } : {}),
    });
  }
  return result;
}
