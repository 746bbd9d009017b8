// Reading the audit log for admins: filters by person (acting or acted on), actor, action (exact,
// or a prefix ending in '.'), subject and time, newest first, paginated; each entry with the names
// of who and what (names.ts). The CSV export reads the same filter without pages.
import type { AuditEntryView, AuditQuery } from '@shared/schemas/auth';
import { trusted } from 'mongoose';
import { AuditEntry } from './model';
import { nameEntries } from './names';

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function auditFilter(query: Omit<AuditQuery, 'page' | 'pageSize'>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.person) {
    filter.$or = [{ actor: query.person }, { 'subject.type': 'user', 'subject.id': query.person }];
  }
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
  return filter;
}

export async function queryAudit(
  query: AuditQuery,
): Promise<{ data: AuditEntryView[]; total: number }> {
  const filter = auditFilter(query);
  const [entries, total] = await Promise.all([
    AuditEntry.find(filter)
      .sort({ seq: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean(),
    AuditEntry.countDocuments(filter),
  ]);
  const names = await nameEntries(entries);
  return {
    total,
    data: entries.map((e, i) => ({
      ...names[i]!,
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
