// The audit log as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read å, ä,
// ö): one row per entry, newest first, with names instead of ids and the action in words. A cell
// that a spreadsheet would run as a formula is prefixed with an apostrophe.
import { resources } from '@shared/i18n';
import type { AuditQuery } from '@shared/schemas/auth';
import { AuditEntry } from './model';
import { nameEntries } from './names';
import { auditFilter } from './query';

const BATCH = 500;

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADERS = {
  sv: ['nr', 'tid', 'vem', 'händelse', 'kod', 'gäller', 'typ', 'roll', 'nämnd'],
  en: ['seq', 'time', 'who', 'event', 'code', 'concerns', 'type', 'role', 'body'],
} as const;

export async function auditCsv(
  query: Omit<AuditQuery, 'page' | 'pageSize'> & { lang: 'sv' | 'en' },
  max: number,
): Promise<{ csv: string; rows: number }> {
  const texts = resources[query.lang].admin;
  const actions = texts.audit.actions as Record<string, string>;
  const roleNames = texts.roleName as Record<string, string>;
  const lines = [HEADERS[query.lang].join(',')];
  const filter = auditFilter(query);
  let rows = 0;
  for (let skip = 0; skip < max; skip += BATCH) {
    const entries = await AuditEntry.find(filter)
      .sort({ seq: -1 })
      .skip(skip)
      .limit(Math.min(BATCH, max - skip))
      .lean();
    if (entries.length === 0) break;
    const names = await nameEntries(entries);
    for (const [i, e] of entries.entries()) {
      const n = names[i]!;
      const who =
        n.actorKind === 'user'
          ? n.actorName
          : n.actorKind === 'system'
            ? texts.audit.system
            : texts.audit.anonymous;
      lines.push(
        [
          e.seq,
          e.at.toISOString(),
          who,
          actions[e.action.replace(/\./g, '-')] ?? e.action,
          e.action,
          n.subjectName,
          e.subject?.type,
          n.grant ? (roleNames[n.grant.role] ?? n.grant.role) : '',
          n.grant?.bodyName ?? '',
        ]
          .map(cell)
          .join(','),
      );
    }
    rows += entries.length;
    if (entries.length < BATCH) break;
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows };
}
