// Reading one's own work: the counts of every queue of one's staff roles, and an official's coming
// meetings of the bodies they sit on (with the documents on their agendas, and which are unread).
import { z } from 'zod';
import { defineCommand } from '../../commands/define';
import { officialBodyIds } from '../bodies';
import { comingMeetings } from '../meetings';
import { workCounts } from './counts';

export const myWork = defineCommand({
  name: 'work.counts',
  input: z.object({}),
  policy: 'user',
  work: ({ user }) => workCounts(user!),
});

export const myComingMeetings = defineCommand({
  name: 'work.meetings',
  input: z.object({}),
  policy: 'user',
  async work({ user }) {
    return { data: await comingMeetings(await officialBodyIds(user), user!) };
  },
});
