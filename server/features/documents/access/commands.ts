// Reading the access log: a confidential document's, for the body's secretaries and admins (JSON
// or a CSV export), and the caller's own reads. Reads only: the log itself is written by the reads
// (log.ts) and, being audit entries, changed by nobody.
import { z } from 'zod';
import { defineCommand } from '../../../commands/define';
import { canReadAccessLog } from '../../../policies/documents';
import { loadDocument } from '../load';
import { accessLog, myReads } from './log';

export const getAccessLog = defineCommand({
  name: 'document.access_log',
  input: z.object({ id: z.string(), format: z.enum(['json', 'csv']).default('json') }),
  load: ({ id }) => loadDocument(id),
  policy: (user, document) => canReadAccessLog(user, document),
  async work({ input, subject }) {
    return {
      format: input.format,
      title: subject.title,
      id: String(subject._id),
      data: await accessLog(String(subject._id)),
    };
  },
});

export const getMyReads = defineCommand({
  name: 'document.my_reads',
  input: z.object({}),
  policy: 'user',
  work: async ({ user }) => ({ data: await myReads(user!.id) }),
});
