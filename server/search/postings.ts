// The binary posting list of one term: a fixed-width entry per record holding what ranking and
// filtering need, so a search reads one small document per term and never the records themselves.
import type { SearchableType } from './index';

export const ENTRY_SIZE = 16;
const DAY = 86_400_000;

export const TYPE_CODES: Record<SearchableType, number> = {
  meeting: 1,
  agendaItem: 2,
  document: 3,
  decision: 4,
  proposal: 5,
};

export interface Posting {
  docNo: number;
  /** Days since 1970-01-01 (UTC) of the record's date. */
  day: number;
  /** Indexed words in the record (title and text), for length normalisation. */
  length: number;
  tfText: number;
  tfTitle: number;
  typeCode: number;
  /** The body's small number in the index (0: none). */
  bodyNo: number;
}

export const dayOf = (date: Date): number => Math.floor(date.getTime() / DAY);
export const dateOfDay = (day: number): Date => new Date(day * DAY);

const cap = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max);

export function writePosting(target: Buffer, offset: number, p: Posting): void {
  target.writeUInt32LE(p.docNo, offset);
  target.writeInt32LE(p.day, offset + 4);
  target.writeUInt16LE(cap(p.length, 0xffff), offset + 8);
  target.writeUInt16LE(cap(p.tfText, 0xffff), offset + 10);
  target.writeUInt8(cap(p.tfTitle, 0xff), offset + 12);
  target.writeUInt8(p.typeCode, offset + 13);
  target.writeUInt16LE(cap(p.bodyNo, 0xffff), offset + 14);
}

export function encodePosting(p: Posting): Buffer {
  const buffer = Buffer.alloc(ENTRY_SIZE);
  writePosting(buffer, 0, p);
  return buffer;
}

/** A read-only view over a posting list, decoding entries on demand (no objects per entry). */
export class PostingList {
  readonly count: number;
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.count = Math.floor(bytes.byteLength / ENTRY_SIZE);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  docNo(i: number) {
    return this.view.getUint32(i * ENTRY_SIZE, true);
  }
  private sortedMemo: boolean | undefined;
  /** Whether entries are in docNo order (then `find` can binary-search). Remembered. */
  get sorted(): boolean {
    if (this.sortedMemo === undefined) {
      let ordered = true;
      for (let i = 1; i < this.count && ordered; i++) ordered = this.docNo(i) > this.docNo(i - 1);
      this.sortedMemo = ordered;
    }
    return this.sortedMemo;
  }
  /** The index of `docNo`'s entry in a sorted list, or -1. */
  find(docNo: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.docNo(mid);
      if (at === docNo) return mid;
      if (at < docNo) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  day(i: number) {
    return this.view.getInt32(i * ENTRY_SIZE + 4, true);
  }
  length(i: number) {
    return this.view.getUint16(i * ENTRY_SIZE + 8, true);
  }
  tfText(i: number) {
    return this.view.getUint16(i * ENTRY_SIZE + 10, true);
  }
  tfTitle(i: number) {
    return this.view.getUint8(i * ENTRY_SIZE + 12);
  }
  typeCode(i: number) {
    return this.view.getUint8(i * ENTRY_SIZE + 13);
  }
  bodyNo(i: number) {
    return this.view.getUint16(i * ENTRY_SIZE + 14, true);
  }
}

/**
 * The list in docNo order, which ranking relies on (it walks lists side by side). Lists are
 * appended to in number order, so this is nearly always the list itself; two records filed at
 * the same moment can land out of order, and then a sorted copy is made (once per list version:
 * the caller keeps it).
 */
export function inDocOrder(list: PostingList): PostingList {
  if (list.sorted) return list;
  const order = Array.from({ length: list.count }, (_, i) => i).sort(
    (a, b) => list.docNo(a) - list.docNo(b),
  );
  const bytes = new Uint8Array(list.count * ENTRY_SIZE);
  order.forEach((from, to) =>
    bytes.set(list.bytes.subarray(from * ENTRY_SIZE, (from + 1) * ENTRY_SIZE), to * ENTRY_SIZE),
  );
  return new PostingList(bytes);
}

/** The list without the entries of `docNos`, plus `added` (a new record version) at the end. */
export function rewriteList(bytes: Uint8Array, drop: ReadonlySet<number>, added?: Buffer): Buffer {
  const list = new PostingList(bytes);
  const parts: Uint8Array[] = [];
  let runStart = 0;
  for (let i = 0; i < list.count; i++) {
    if (drop.has(list.docNo(i))) {
      if (i > runStart) parts.push(bytes.subarray(runStart * ENTRY_SIZE, i * ENTRY_SIZE));
      runStart = i + 1;
    }
  }
  if (list.count > runStart)
    parts.push(bytes.subarray(runStart * ENTRY_SIZE, list.count * ENTRY_SIZE));
  if (added) parts.push(added);
  return Buffer.concat(parts);
}
