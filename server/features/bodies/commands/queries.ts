// Reading bodies: all of them in Swedish alphabetical order, or one; anyone may.
import { z } from 'zod';
import { defineCommand } from '../../../commands/define';
import { loadBody } from '../load';
import { Body } from '../model';
import { presentBodies, presentBody } from '../present';

export const listBodies = defineCommand({
  name: 'body.list',
  input: z.object({}),
  policy: 'public',
  async work({ user }) {
    const bodies = await Body.find().sort({ sortKey: 1 });
    return { data: await presentBodies(bodies, user), total: bodies.length };
  },
});

export const getBody = defineCommand({
  name: 'body.get',
  input: z.object({ id: z.string() }),
  load: ({ id }) => loadBody(id),
  policy: 'public',
  work: ({ subject }) => Promise.resolve(subject),
  present: (body, { user }) => presentBody(body, user),
});
