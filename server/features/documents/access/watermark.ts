// The visible watermark of a served confidential PDF: the reader's name and the time on every
// page, so a leaked copy names its source. pdf-lib; the standard font's encoding (WinAnsi) covers
// Swedish, and characters outside it become "?" rather than an error.
import { degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** Text the standard fonts can draw (WinAnsi): anything else becomes "?". */
export function winAnsi(text: string): string {
  return text.replace(
    /[^\x20-\x7e\xa0-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]/g,
    '?',
  );
}

export function watermarkText(readerName: string, at: Date): string {
  const time = at.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' });
  return winAnsi(`Sekretess · ${readerName} · ${time}`);
}

/** Stamps the text on one page: a line at the foot and one across the page, both visible. */
export function stampPage(page: PDFPage, text: string, font: PDFFont): void {
  const { width, height } = page.getSize();
  const size = Math.max(6, Math.min(10, (width - 40) / Math.max(1, text.length) / 0.5));
  page.drawText(text, { x: 20, y: 12, size, font, color: rgb(0.6, 0, 0) });
  const big = Math.max(10, Math.min(28, (Math.hypot(width, height) * 0.8) / text.length / 0.5));
  page.drawText(text, {
    x: width * 0.12,
    y: height * 0.2,
    size: big,
    font,
    color: rgb(0.75, 0.1, 0.1),
    opacity: 0.25,
    rotate: degrees((Math.atan2(height, width) * 180) / Math.PI),
  });
}

/** The PDF with the watermark on every page. */
export async function watermarkPdf(bytes: Uint8Array, text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const page of pdf.getPages()) stampPage(page, text, font);
  return pdf.save();
}
