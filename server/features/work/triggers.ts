// Which actions change whose queues: after a write command of one of these families, the people
// holding the roles whose queues it touches hear `work:changed` in their own room and read their
// counts again. Told by role, not by body: a recount that finds nothing new costs one request,
// while a missed change would leave a badge wrong.
import { trusted } from 'mongoose';
import type { Role } from '@shared/roles';
import type { AppContext } from '../../context';
import { User } from '../../auth/user-model';
import type { ObservedCommand } from '../../commands/observers';
import { announcer } from '../../realtime/rooms';
import { userRoom } from '../../realtime/personal-rooms';

/** Command name prefixes and the roles whose queues they touch. */
const TOUCHES: Array<[prefix: string, roles: Role[]]> = [
  ['meeting.', ['secretary', 'official']],
  ['agenda_item.', ['secretary', 'official']],
  ['agenda.', ['secretary', 'official']],
  ['comment.create', ['official', 'moderator', 'admin']],
  ['comment.delete', ['official', 'moderator', 'admin']],
  ['comment.report', ['moderator', 'admin']],
  ['comment.hide', ['official', 'moderator', 'admin']],
  ['comment.restore', ['official', 'moderator', 'admin']],
  ['comment.moderate', ['official', 'moderator', 'admin']],
  ['proposal.create', ['moderator', 'admin']],
  ['proposal.submit', ['moderator', 'admin']],
  ['proposal.review', ['moderator', 'admin']],
  ['proposal.withdraw', ['moderator', 'admin']],
  ['live', ['official', 'moderator', 'secretary']],
  ['question.', ['moderator', 'secretary']],
  ['admin.role_', ['admin', 'official', 'secretary', 'moderator']],
  ['body.member', ['official']],
];

export function rolesTouchedBy(command: string): Role[] {
  return TOUCHES.find(([prefix]) => command.startsWith(prefix))?.[1] ?? [];
}

/** Tells every person holding one of `roles` that their work may have changed. */
export async function tellWorkChanged(app: AppContext, roles: Role[]): Promise<void> {
  if (roles.length === 0) return;
  const people = await User.find(
    { erasedAt: null, 'roles.role': trusted({ $in: roles }) },
    { _id: 1 },
  ).lean();
  const rooms = announcer(app.io);
  await Promise.all(
    people.map((person) => rooms.announce(userRoom(String(person._id)), 'work:changed', {})),
  );
}

export const onCommandDone = (done: ObservedCommand) =>
  tellWorkChanged(done.app, rolesTouchedBy(done.name));
