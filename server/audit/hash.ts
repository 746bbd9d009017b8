// The canonical form of an audit entry and its chained hash.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashableEntry {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  subject: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  prevHash: string;
}

/** JSON with sorted keys, so the same entry always hashes the same. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function hashEntry(entry: HashableEntry): string {
  const { seq, at, actor, action, subject, before, after, ip, prevHash } = entry;
  return createHash('sha256')
    .update(canonical({ seq, at, actor, action, subject, before, after, ip: ip ?? null, prevHash }))
    .digest('hex');
}
