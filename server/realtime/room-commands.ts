// Joining and leaving a realtime room, as commands: whoever may see the subject may watch it. The
// join answers the room's seq (joined first, then read: a change made meanwhile either shows in
// the snapshot the client loads or arrives as an event with a higher seq).
import type { z } from 'zod';
import { defineCommand, type Actor } from '../commands/define';
import { validationFailed } from '../errors';
import { currentSeq } from './rooms';

export function roomCommands<IS extends z.ZodType>(spec: {
  /** e.g. `proposal` gives `proposal.join` and `proposal.leave`. */
  name: string;
  input: IS;
  room: (input: z.output<IS>) => string;
  /** Loads the subject; throws not_found when the caller may not see it. */
  load: (input: z.output<IS>, actor: Actor) => Promise<unknown>;
}) {
  const join = defineCommand({
    name: `${spec.name}.join`,
    input: spec.input,
    load: spec.load,
    policy: 'public',
    async work({ input, actor }) {
      if (!actor.rooms) throw validationFailed('Rooms are joined over a socket');
      const room = spec.room(input);
      await actor.rooms.join(room);
      return { seq: await currentSeq(room) };
    },
  });
  const leave = defineCommand({
    name: `${spec.name}.leave`,
    input: spec.input,
    policy: 'public',
    async work({ input, actor }) {
      const room = spec.room(input);
      await actor.rooms?.leave(room);
      return { seq: await currentSeq(room) };
    },
  });
  return { join, leave };
}
