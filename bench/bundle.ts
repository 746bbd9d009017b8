// The whole-meeting PDF (issue 17): a meeting of 30 documents of 20 pages, our bundle (notice,
// table of contents, bookmarks; and the reader's copy with every page watermarked) against bare
// pdf-lib concatenation of the same PDFs, in the same run. Goal: our bundle in under 2× the bare
// time. Memory: the peak heap and RSS over each run (sampled every 5 ms), after a GC.
// Run: npm run bench:bundle [-- --documents 30 --pages 20 --rounds 3]
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildBundle, type BundleInput } from '../server/features/meetings/bundle';

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const DOCUMENTS = arg('documents', 30);
const PAGES = arg('pages', 20);
const ROUNDS = arg('rounds', 3);

async function samplePdf(n: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < PAGES; p++) {
    const page = pdf.addPage([595.28, 841.89]);
    for (let line = 0; line < 45; line++) {
      page.drawText(
        `Handling ${n + 1}, sida ${p + 1}, rad ${line + 1}: förvaltningens förslag till beslut.`,
        {
          x: 50,
          y: 800 - line * 16,
          size: 10,
          font,
        },
      );
    }
  }
  return pdf.save();
}

async function bare(sources: Uint8Array[]): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  for (const bytes of sources) {
    const source = await PDFDocument.load(bytes);
    for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
  }
  return out.save();
}

function ours(sources: Uint8Array[], watermark?: string): Promise<Uint8Array> {
  const input: BundleInput = {
    bodyName: 'Kommunstyrelsen',
    title: 'Sammanträde med kommunstyrelsen',
    when: 'onsdag 10 december 2026 13:00',
    location: 'Sessionssalen',
    items: Array.from({ length: 10 }, (_, i) => ({
      number: i + 1,
      title: `Ärende ${i + 1}`,
      parts: sources.slice(i * 3, i * 3 + 3).map((bytes, j) => ({
        title: `Handling ${i * 3 + j + 1}`,
        confidential: Boolean(watermark),
        readable: true,
        load: () => Promise.resolve({ kind: 'pdf' as const, bytes }),
      })),
    })),
    ...(watermark ? { watermark } : {}),
  };
  return buildBundle(input);
}

async function measure(run: () => Promise<Uint8Array>) {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  }, 5);
  const started = performance.now();
  const bytes = await run();
  const ms = performance.now() - started;
  clearInterval(timer);
  return {
    ms,
    size: bytes.byteLength,
    heapMB: (heap - base.heapUsed) / 2 ** 20,
    rssMB: rss / 2 ** 20,
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sources = await Promise.all(Array.from({ length: DOCUMENTS }, (_, n) => samplePdf(n)));
const inputMB = sources.reduce((n, s) => n + s.byteLength, 0) / 2 ** 20;
const runs: Record<string, Array<Awaited<ReturnType<typeof measure>>>> = {
  bare: [],
  ours: [],
  watermarked: [],
};
for (let round = 0; round < ROUNDS; round++) {
  runs.bare!.push(await measure(() => bare(sources)));
  runs.ours!.push(await measure(() => ours(sources)));
  runs.watermarked!.push(
    await measure(() => ours(sources, 'Sekretess · Maria Ledamot · 2026-12-02 13:00')),
  );
}
const summary = Object.fromEntries(
  Object.entries(runs).map(([name, list]) => [
    name,
    {
      ms: Math.round(median(list.map((r) => r.ms))),
      sizeMB: +(list[0]!.size / 2 ** 20).toFixed(2),
      peakHeapMB: +Math.max(...list.map((r) => r.heapMB)).toFixed(1),
      peakRssMB: +Math.max(...list.map((r) => r.rssMB)).toFixed(1),
    },
  ]),
);
const ratio = summary.ours!.ms / summary.bare!.ms;
const ratioWatermarked = summary.watermarked!.ms / summary.bare!.ms;
console.log(
  JSON.stringify(
    {
      documents: DOCUMENTS,
      pagesEach: PAGES,
      rounds: ROUNDS,
      inputMB: +inputMB.toFixed(2),
      ...summary,
      ratio: +ratio.toFixed(2),
      ratioWatermarked: +ratioWatermarked.toFixed(2),
      goal: 'ours < 2 × bare',
      met: ratio < 2,
    },
    null,
    2,
  ),
);
