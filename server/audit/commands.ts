// Reading the audit log: the whole log for platform administrators, and the published checkpoints
// of its hash chain for anyone (a third party saves them to detect a rewritten or cut tail).
import { z } from 'zod';
import { AuditQuerySchema } from '@shared/schemas/auth';
import { defineCommand } from '../commands/define';
import { canReadAudit } from '../policies/admin';
import { listCheckpoints } from './checkpoints';
import { queryAudit } from './query';

export const readAuditLog = defineCommand({
  name: 'audit.read',
  input: AuditQuerySchema,
  policy: (user) => canReadAudit(user),
  work: ({ input }) => queryAudit(input),
});

export const listAuditCheckpoints = defineCommand({
  name: 'audit.checkpoints',
  input: z.object({}),
  policy: 'public',
  async work() {
    const data = await listCheckpoints();
    return { data, total: data.length };
  },
});
