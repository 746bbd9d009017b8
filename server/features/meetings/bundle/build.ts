// The whole meeting as one PDF: the notice (body, meeting, time, place) with the agenda as a table
// of contents, then every document of every item that the reader may read — PDFs copied page by
// page, images on a page of their own, typed text set in pages — with bookmarks for the notice,
// each item and each document. Sources are loaded one at a time, so at most one source document
// is in memory beside the bundle; confidential pages carry the reader's watermark.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { stampPage, winAnsi, type PartContent } from '../../documents';
import { addOutline, type OutlineEntry } from './outline';

export interface BundleSource {
  title: string;
  confidential: boolean;
  readable: boolean;
  load(): Promise<PartContent>;
}

export interface BundleInput {
  bodyName: string;
  title: string;
  /** The time, already written out for Europe/Stockholm. */
  when: string;
  location?: string;
  items: Array<{ number: number; title: string; parts: BundleSource[] }>;
  /** The reader's watermark for confidential pages (name and time). */
  watermark?: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const LINE = 16;
const TOC_LINES_PER_PAGE = Math.floor((A4[1] - 2 * MARGIN) / LINE) - 2;

/** Words wrapped to lines no wider than `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of winAnsi(text).split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function textPages(pdf: PDFDocument, font: PDFFont, title: string, text: string): PDFPage[] {
  const size = 11;
  const width = A4[0] - 2 * MARGIN;
  const lines = [
    ...wrap(title, font, 14, width).map((l) => `# ${l}`),
    '',
    ...wrap(text, font, size, width),
  ];
  const perPage = Math.floor((A4[1] - 2 * MARGIN) / LINE);
  const pages: PDFPage[] = [];
  for (let i = 0; i < lines.length; i += perPage) {
    const page = pdf.addPage(A4);
    lines.slice(i, i + perPage).forEach((line, j) => {
      const heading = line.startsWith('# ');
      page.drawText(heading ? line.slice(2) : line, {
        x: MARGIN,
        y: A4[1] - MARGIN - j * LINE,
        size: heading ? 14 : size,
        font,
      });
    });
    pages.push(page);
  }
  return pages;
}

async function addPart(
  pdf: PDFDocument,
  font: PDFFont,
  part: BundleSource,
  note: string,
): Promise<PDFPage[]> {
  const content = await part.load();
  if (content.kind === 'pdf') {
    const source = await PDFDocument.load(content.bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
    });
    const copied = await pdf.copyPages(source, source.getPageIndices());
    return copied.map((page) => pdf.addPage(page));
  }
  if (content.kind === 'png' || content.kind === 'jpeg') {
    const image =
      content.kind === 'png'
        ? await pdf.embedPng(content.bytes)
        : await pdf.embedJpg(content.bytes);
    const page = pdf.addPage(A4);
    const scale = Math.min(
      1,
      (A4[0] - 2 * MARGIN) / image.width,
      (A4[1] - 2 * MARGIN) / image.height,
    );
    page.drawImage(image, {
      x: MARGIN,
      y: A4[1] - MARGIN - image.height * scale,
      width: image.width * scale,
      height: image.height * scale,
    });
    return [page];
  }
  return textPages(pdf, font, part.title, content.kind === 'text' ? content.text : note);
}

export interface BundleLabels {
  notice: string;
  agenda: string;
  confidentialNotReadable: string;
  noContent: string;
  page: string;
}

export const SWEDISH_LABELS: BundleLabels = {
  notice: 'Kallelse',
  agenda: 'Föredragningslista',
  confidentialNotReadable: 'sekretess – kan begäras ut',
  noContent: 'Handlingen kan inte visas i samlingen; öppna den på dess sida.',
  page: 'sid.',
};

export async function buildBundle(
  input: BundleInput,
  labels: BundleLabels = SWEDISH_LABELS,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(`${input.title} – ${input.bodyName}`));
  pdf.setLanguage('sv-SE');
  pdf.setCreator('Mötesplats');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  // The table of contents' length is known before the documents' pages are: one line per item
  // and per document, so its pages are reserved first and written once the page numbers are known.
  const header = 6 + (input.location ? 1 : 0);
  const tocLines = header + input.items.reduce((n, item) => n + 1 + item.parts.length, 0);
  const tocPageCount = Math.max(1, Math.ceil(tocLines / TOC_LINES_PER_PAGE));
  const tocPages = Array.from({ length: tocPageCount }, () => pdf.addPage(A4));

  const firstPage = new Map<BundleSource, number>();
  for (const item of input.items) {
    for (const part of item.parts) {
      if (!part.readable) continue;
      const start = pdf.getPageCount();
      const pages = await addPart(pdf, font, part, labels.noContent);
      firstPage.set(part, start);
      if (part.confidential && input.watermark) {
        for (const page of pages) stampPage(page, input.watermark, font);
      }
    }
  }

  // The notice and the agenda with page numbers.
  const lines: Array<{
    text: string;
    page?: number;
    bold?: boolean;
    indent?: number;
    size?: number;
  }> = [
    { text: input.bodyName, bold: true, size: 12 },
    { text: `${labels.notice}: ${input.title}`, bold: true, size: 16 },
    { text: input.when },
    ...(input.location ? [{ text: input.location }] : []),
    { text: '' },
    { text: labels.agenda, bold: true, size: 13 },
    { text: '' },
  ];
  const outline: OutlineEntry[] = [{ title: labels.notice, pageIndex: 0 }];
  for (const item of input.items) {
    const children: OutlineEntry[] = [];
    const itemLineIndex = lines.length;
    lines.push({ text: `${item.number}. ${item.title}`, bold: true });
    let itemPage: number | undefined;
    for (const part of item.parts) {
      const page = firstPage.get(part);
      itemPage ??= page;
      lines.push({
        text: part.readable ? part.title : `${part.title} (${labels.confidentialNotReadable})`,
        indent: 18,
        ...(page === undefined ? {} : { page: page + 1 }),
      });
      if (page !== undefined) children.push({ title: part.title, pageIndex: page });
    }
    const tocPage = Math.floor(itemLineIndex / TOC_LINES_PER_PAGE);
    outline.push({
      title: `${item.number}. ${item.title}`,
      pageIndex: itemPage ?? tocPage,
      children,
    });
  }
  const width = A4[0] - 2 * MARGIN;
  lines.forEach((line, i) => {
    const page = tocPages[Math.min(tocPages.length - 1, Math.floor(i / TOC_LINES_PER_PAGE))]!;
    const y = A4[1] - MARGIN - (i % TOC_LINES_PER_PAGE) * LINE;
    const face = line.bold ? bold : font;
    const size = line.size ?? 11;
    const x = MARGIN + (line.indent ?? 0);
    const pageLabel = line.page === undefined ? '' : `${labels.page} ${line.page}`;
    const room = width - (line.indent ?? 0) - (pageLabel ? 60 : 0);
    let text = winAnsi(line.text);
    while (text.length > 1 && face.widthOfTextAtSize(text, size) > room)
      text = `${text.slice(0, -2)}…`;
    page.drawText(text, { x, y, size, font: face, color: rgb(0, 0, 0) });
    if (pageLabel) {
      page.drawText(winAnsi(pageLabel), {
        x: A4[0] - MARGIN - font.widthOfTextAtSize(pageLabel, 11),
        y,
        size: 11,
        font,
      });
    }
  });
  addOutline(pdf, outline);
  return pdf.save();
}
