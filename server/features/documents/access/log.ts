// The access log of confidential documents: every read of a confidential document's text or file
// (or of it in a whole-meeting PDF) is an entry of the audit chain (action `document.read`), so
// nobody can edit or remove one without breaking the chain. Here it is written and read back:
// by document for the body's secretaries and admins, by person for the person. Read marks (for
// "my meetings") are kept beside it for every document a signed-in person opens.
import { trusted } from 'mongoose';
import type { AccessLogEntry, MyRead } from '@shared/schemas/reading';
import { READ_WHATS } from '@shared/schemas/reading';
import { recordAudit } from '../../../audit/service';
import { AuditEntry } from '../../../audit/model';
import { loadAuthorNames } from '../../../auth/authors';
import type { Actor } from '../../../commands/define';
import { isObjectId } from '../../../db/ids';
import { RecordDocument } from '../model';
import { ReadMark } from './read-model';

export const READ_ACTION = 'document.read';
/** The most entries one answer (or one CSV export) carries. */
export const ACCESS_LOG_MAX = 5000;

type What = (typeof READ_WHATS)[number];

/**
 * Logs a read: in the audit chain when the document is confidential; a read mark unless
 * `markRead` is false (a copy kept for reading offline, which the person has not opened).
 */
export async function recordRead(
  actor: Actor,
  document: { _id: unknown; secrecy: string },
  what: What,
  { markRead = true }: { markRead?: boolean } = {},
): Promise<void> {
  const user = actor.user;
  if (!user) return;
  const documentId = String(document._id);
  await Promise.all([
    document.secrecy === 'public'
      ? undefined
      : recordAudit({
          actor: user.id,
          action: READ_ACTION,
          subject: { type: 'document', id: documentId },
          after: { what },
          ...(actor.ip ? { ip: actor.ip } : {}),
        }),
    markRead
      ? ReadMark.updateOne(
          { userId: user.id, documentId },
          { $set: { at: new Date() } },
          { upsert: true },
        )
      : undefined,
  ]);
}

const whatOf = (after: unknown): What => {
  const what = (after as { what?: unknown } | undefined)?.what;
  return READ_WHATS.includes(what as What) ? (what as What) : 'file';
};

/** Every read of the document's content, newest first. */
export async function accessLog(documentId: string): Promise<AccessLogEntry[]> {
  const entries = await AuditEntry.find(
    { action: READ_ACTION, 'subject.type': 'document', 'subject.id': documentId },
    { actor: 1, at: 1, after: 1, ip: 1 },
  )
    .sort({ at: -1 })
    .limit(ACCESS_LOG_MAX)
    .lean();
  const names = await loadAuthorNames(entries.map((e) => e.actor));
  return entries.map((e) => ({
    displayName: names.get(e.actor)?.displayName ?? '',
    at: e.at.toISOString(),
    what: whatOf(e.after),
    ip: e.ip ?? null,
  }));
}

/** The person's own reads of confidential documents, newest first. */
export async function myReads(userId: string): Promise<MyRead[]> {
  const entries = await AuditEntry.find(
    { actor: userId, action: READ_ACTION },
    { at: 1, after: 1, subject: 1 },
  )
    .sort({ at: -1 })
    .limit(ACCESS_LOG_MAX)
    .lean();
  const ids = [...new Set(entries.map((e) => e.subject?.id ?? ''))].filter(isObjectId);
  const titles = new Map(
    (await RecordDocument.find({ _id: trusted({ $in: ids }) }, { title: 1 }).lean()).map((d) => [
      String(d._id),
      d.title,
    ]),
  );
  return entries.map((e) => ({
    documentId: e.subject?.id ?? '',
    title: titles.get(e.subject?.id ?? '') ?? '',
    at: e.at.toISOString(),
    what: whatOf(e.after),
  }));
}

/** Which of the documents the person has opened. */
export async function readMarks(userId: string, documentIds: string[]): Promise<Set<string>> {
  if (documentIds.length === 0) return new Set();
  const marks = await ReadMark.find(
    { userId, documentId: trusted({ $in: documentIds }) },
    { documentId: 1 },
  ).lean();
  return new Set(marks.map((m) => m.documentId));
}

/** The person's read marks, for their data export. */
export async function exportReadMarks(userId: string) {
  const marks = await ReadMark.find({ userId }, { _id: 0, documentId: 1, at: 1 }).lean();
  return marks.map((m) => ({ documentId: m.documentId, at: m.at.toISOString() }));
}

export async function eraseReadMarks(userId: string): Promise<void> {
  await ReadMark.deleteMany({ userId });
}

const csvCell = (value: string) =>
  /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** The log as CSV (UTF-8 with BOM, so spreadsheet programs read å, ä, ö). */
export function accessLogCsv(entries: AccessLogEntry[]): string {
  const rows = [
    ['time', 'name', 'what', 'address'],
    ...entries.map((e) => [e.at, e.displayName, e.what, e.ip ?? '']),
  ];
  // A cell that starts like a formula is quoted with a leading apostrophe (CSV injection).
  const safe = (v: string) => (/^[=+\-@]/.test(v) ? `'${v}` : v);
  return `\ufeff${rows.map((row) => row.map((v) => csvCell(safe(v))).join(',')).join('\r\n')}\r\n`;
}
