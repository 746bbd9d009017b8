// What other features may read of bodies: whether one exists, names, members, and the plain
// records the open data (OParl, feeds) publishes. Read-only; changes go through the commands.
import { trusted, type Types } from 'mongoose';
import { isObjectId } from '../../db/ids';
import { Body, type BodyFields } from './model';

/** A body as stored, for open data presenters. */
export type BodyRow = BodyFields & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

export async function bodyExists(id: string): Promise<boolean> {
  return isObjectId(id) && (await Body.exists({ _id: id })) !== null;
}

/** The name of one body, or undefined when there is no such body. */
export async function bodyName(id: string): Promise<string | undefined> {
  if (!isObjectId(id)) return undefined;
  return (await Body.findById(id, { name: 1 }).lean())?.name;
}

/** A person's seat in a body as the public sees it (party, position), or undefined. */
export async function bodyMember(
  bodyId: string,
  userId: string,
): Promise<{ party?: string; position?: string } | undefined> {
  if (!isObjectId(bodyId)) return undefined;
  const body = await Body.findById(bodyId, { members: 1 }).lean();
  const member = body?.members.find((m) => m.userId === userId);
  if (!member) return undefined;
  return {
    ...(member.party ? { party: member.party } : {}),
    ...(member.position ? { position: member.position } : {}),
  };
}

/** Names of the given bodies (unknown ids are left out), or of every body without `ids`. */
export async function bodyNames(ids?: Iterable<string>): Promise<Map<string, string>> {
  const filter = ids ? { _id: trusted({ $in: [...new Set(ids)].filter(isObjectId) }) } : {};
  const bodies = await Body.find(filter, { name: 1 }).lean();
  return new Map(bodies.map((b) => [String(b._id), b.name]));
}

/** The user ids of the body's seated members (empty for an unknown body). */
export async function bodyMemberIds(id: string): Promise<string[]> {
  if (!isObjectId(id)) return [];
  const body = await Body.findById(id, { members: 1 }).lean();
  return body?.members.map((m) => m.userId) ?? [];
}

const modified = (since: Date | undefined) =>
  since ? { updatedAt: trusted({ $gte: since }) } : {};

/** A page of bodies in Swedish order, optionally only those changed since a time. */
export async function bodyRowPage(options: {
  modifiedSince?: Date;
  skip: number;
  limit: number;
}): Promise<{ rows: BodyRow[]; total: number }> {
  const filter = modified(options.modifiedSince);
  const [rows, total] = await Promise.all([
    Body.find(filter).sort({ sortKey: 1 }).skip(options.skip).limit(options.limit).lean(),
    Body.countDocuments(filter),
  ]);
  return { rows, total };
}

export async function bodyRow(id: string): Promise<BodyRow | null> {
  return isObjectId(id) ? Body.findById(id).lean() : null;
}

/** When any body last changed (the OParl Body's `modified`). */
export async function lastBodyChange(): Promise<Date | undefined> {
  return (await Body.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean())?.updatedAt;
}

/** Bodies that have members, in Swedish order. */
export async function bodiesWithMembers(): Promise<BodyRow[]> {
  return Body.find({ 'members.0': trusted({ $exists: true }) })
    .sort({ sortKey: 1 })
    .lean();
}
