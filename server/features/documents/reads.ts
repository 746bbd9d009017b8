// What other features may read of documents: references for agendas and minutes, and the plain
// registry entries the open data (OParl, feeds) publishes, never a document's text. Read-only.
import { trusted, type QueryFilter, type Types } from 'mongoose';
import type { DocumentRefSchema } from '@shared/schemas/meetings';
import type { z } from 'zod';
import { isObjectId } from '../../db/ids';
import { RecordDocument, type DocumentFields } from './model';

/** A registry entry as stored, without its text. */
export type DocumentRow = Omit<DocumentFields, 'text'> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

const WITHOUT_TEXT = { text: 0 } as const;
const ids = (values: Iterable<string>) => [...new Set(values)].filter(isObjectId);

/** How agendas and minutes show documents, by id (unknown ids are left out). */
export async function documentRefs(
  documentIds: Iterable<string>,
): Promise<Map<string, DocumentRef>> {
  const documents = await RecordDocument.find(
    { _id: trusted({ $in: ids(documentIds) }) },
    { title: 1, kind: 1, caseNumber: 1, secrecy: 1, file: 1 },
  ).lean();
  return new Map(
    documents.map((d) => [
      String(d._id),
      {
        id: String(d._id),
        title: d.title,
        kind: d.kind,
        caseNumber: d.caseNumber ?? undefined,
        secrecy: d.secrecy,
        hasFile: Boolean(d.file) && d.secrecy === 'public',
      },
    ]),
  );
}

/** Whether every id names a document. */
export async function documentsExist(documentIds: string[]): Promise<boolean> {
  const wanted = new Set(documentIds);
  if (wanted.size === 0) return true;
  if (ids(wanted).length !== wanted.size) return false;
  return (
    (await RecordDocument.countDocuments({ _id: trusted({ $in: [...wanted] }) })) === wanted.size
  );
}

/** A document's kind and body (e.g. to check that minutes are a protokoll of the body). */
export async function documentFacts(
  id: string,
): Promise<{ kind: DocumentFields['kind']; bodyId: string } | null> {
  if (!isObjectId(id)) return null;
  return RecordDocument.findById(id, { kind: 1, bodyId: 1, _id: 0 }).lean();
}

const published = (options: { modifiedSince?: Date; publicFileOnly?: boolean }) => {
  const filter: QueryFilter<DocumentFields> = {};
  if (options.modifiedSince) filter.updatedAt = trusted({ $gte: options.modifiedSince });
  if (options.publicFileOnly) {
    filter.secrecy = 'public';
    filter.file = trusted({ $exists: true });
  }
  return filter;
};

/** A page of registry entries, oldest first; `publicFileOnly`: public ones with a file. */
export async function documentRowPage(options: {
  modifiedSince?: Date;
  publicFileOnly?: boolean;
  skip: number;
  limit: number;
}): Promise<{ rows: DocumentRow[]; total: number }> {
  const filter = published(options);
  const [rows, total] = await Promise.all([
    RecordDocument.find(filter, WITHOUT_TEXT)
      .sort({ createdAt: 1, _id: 1 })
      .skip(options.skip)
      .limit(options.limit)
      .lean<DocumentRow[]>(),
    RecordDocument.countDocuments(filter),
  ]);
  return { rows, total };
}

export async function documentRow(
  id: string,
  options: { publicFileOnly?: boolean } = {},
): Promise<DocumentRow | null> {
  if (!isObjectId(id)) return null;
  return RecordDocument.findOne(
    { _id: id, ...published(options) },
    WITHOUT_TEXT,
  ).lean<DocumentRow>();
}

export async function documentRowsByIds(
  documentIds: Iterable<string>,
): Promise<Map<string, DocumentRow>> {
  const rows = await RecordDocument.find(
    { _id: trusted({ $in: ids(documentIds) }) },
    WITHOUT_TEXT,
  ).lean<DocumentRow[]>();
  return new Map(rows.map((d) => [String(d._id), d]));
}

/** The newest registry entries, newest first (the Atom feed). */
export function recentDocuments(limit: number): Promise<DocumentRow[]> {
  return RecordDocument.find({}, WITHOUT_TEXT)
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean<DocumentRow[]>();
}
