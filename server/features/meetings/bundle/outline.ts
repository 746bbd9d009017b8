// PDF bookmarks (the outline): pdf-lib has no API for them, so the dictionaries are written as
// the PDF specification (ISO 32000-1, 12.3.3) describes: a root with First/Last/Count, entries
// linked by Prev/Next with a Parent, each pointing at a page.
import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  pageIndex: number;
  children?: OutlineEntry[];
}

export function addOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = pdf;
  const pageRefs = pdf.getPages().map((page) => page.ref);
  const rootRef = context.nextRef();

  const build = (list: OutlineEntry[], parent: PDFRef) => {
    const refs = list.map(() => context.nextRef());
    list.forEach((entry, i) => {
      const page = pageRefs[Math.min(entry.pageIndex, pageRefs.length - 1)]!;
      const fields: Record<string, unknown> = {
        Title: PDFHexString.fromText(entry.title),
        Parent: parent,
        Dest: context.obj([page, PDFName.of('Fit')]),
      };
      if (i > 0) fields.Prev = refs[i - 1];
      if (i < refs.length - 1) fields.Next = refs[i + 1];
      if (entry.children?.length) {
        const inner = build(entry.children, refs[i]!);
        fields.First = inner.first;
        fields.Last = inner.last;
        fields.Count = PDFNumber.of(inner.count);
      }
      context.assign(refs[i]!, context.obj(fields as Parameters<typeof context.obj>[0]));
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count: list.length };
  };

  const top = build(entries, rootRef);
  context.assign(
    rootRef,
    context.obj({
      Type: PDFName.of('Outlines'),
      First: top.first,
      Last: top.last,
      Count: PDFNumber.of(top.count),
    }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  void PDFNull;
}
