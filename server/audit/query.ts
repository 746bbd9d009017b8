// Reading the audit log for admins: filters by actor, action (exact, or a prefix ending in '.'),
// subject and time, newest first, paginated.
import type { AuditEntryView, AuditQuery } from '@shared/schemas/auth';
import { trusted } from 'mongoose';
import { AuditEntry } from './model';

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function queryAudit(
  query: AuditQuery,
): Promise<{ data: AuditEntryView[]; total: number }> {
  const filter: Record<string, unknown> = {};
  if (query.actor) filter.actor = query.actor;
  if (query.action) {
    filter.action = query.action.endsWith('.')
      ? trusted({ $regex: `^${escapeRegex(query.action)}` })
      : query.action;
  }
  if (query.subjectType) filter['subject.type'] = query.subjectType;
  if (query.subjectId) filter['subject.id'] = query.subjectId;
  if (query.from || query.to) {
    filter.at = trusted({
      ...(query.from ? { $gte: new Date(query.from) } : {}),
      ...(query.to ? { $lte: new Date(query.to) } : {}),
    });
  }
  const [entries, total] = await Promise.all([
    AuditEntry.find(filter)
      .sort({ seq: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean(),
    AuditEntry.countDocuments(filter),
  ]);
  return {
    total,
    data: entries.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
      subject: { type: e.subject?.type ?? '', id: e.subject?.id ?? '' },
      ...(e.before === undefined ? {} : { before: e.before as unknown }),
      ...(e.after === undefined ? {} : { after: e.after as unknown }),
      ip: e.ip ?? null,
      hash: e.hash,
      prevHash: e.prevHash,
    })),
  };
}
