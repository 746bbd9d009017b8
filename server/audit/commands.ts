// Reading the audit log: the whole log for platform administrators (also as CSV), and the published checkpoints
// of its hash chain for anyone (a third party saves them to detect a rewritten or cut tail).
import { z } from 'zod';
import { AuditQuerySchema } from '@shared/schemas/auth';
import { defineCommand } from '../commands/define';
import { canReadAudit } from '../policies/admin';
import { listCheckpoints } from './checkpoints';
import { auditCsv } from './csv';
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

/** Rows in one export at most (the newest first); narrow the filter for more. */
export const AUDIT_EXPORT_MAX = 10_000;

export const AuditExportQuerySchema = AuditQuerySchema.omit({ page: true, pageSize: true }).extend({
  lang: z.enum(['sv', 'en']).default('sv'),
});

/** The filtered log as CSV rows; the export itself is audited (who took the names out, when). */
export const exportAuditLog = defineCommand({
  name: 'audit.export',
  input: AuditExportQuerySchema,
  policy: (user) => canReadAudit(user),
  limit: false,
  work: ({ input }) => auditCsv(input, AUDIT_EXPORT_MAX),
  audit: ({ rows }, { input }) => ({
    action: 'audit.export',
    subject: { type: 'audit', id: 'csv' },
    after: {
      rows,
      filter: Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'lang')),
    },
  }),
});
