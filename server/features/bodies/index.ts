// The front door of bodies (nämnder): what other features may know of a body.
import { isObjectId } from '../../db/ids';
import { Body } from './model';

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
