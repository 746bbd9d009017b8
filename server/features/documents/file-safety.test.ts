// Uploaded files can never act as a page of our origin, and are never served from a cache after
// their document became confidential. The stored name takes the extension of the sniffed type; a
// file is answered with its sniffed type, `nosniff`, a CSP sandbox and an ETag that every use
// revalidates (304 while unchanged, 403 once the document is confidential).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import type { HttpClient } from '../../../test/helpers/http';
import { makeBody, multipart, secretaryOf } from '../../../test/helpers/records';
import { countStoredFiles } from './storage';
import { buildPdf, buildPng } from './sample-files';

let app: TestApp;
let bodyId: string;
let secretary: HttpClient;
beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Kultur- och fritidsnämnden');
  secretary = (await secretaryOf(app, bodyId)).client;
});
afterAll(async () => {
  await app.close();
});

async function upload(file: { name: string; type: string; data: Buffer }) {
  return secretary.request(
    'POST',
    '/api/v1/documents',
    multipart(
      {
        title: 'Program för kulturnatten',
        kind: 'bilaga',
        bodyId,
        date: '2026-09-01',
        secrecy: 'public',
      },
      file,
    ),
  );
}

/** A file that is a PDF to a sniffer and an HTML page with a script to anything that renders it
 * as HTML. */
function htmlInsidePdf(): Buffer {
  return Buffer.concat([
    buildPdf(['Kulturnatten']),
    Buffer.from('\n<html><body><script>document.title="owned"</script></body></html>\n'),
  ]);
}

const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
);

/** A revalidation as a cache sends it. (fetch itself would add `Cache-Control: no-cache` to a
 * conditional request, which asks the origin for the whole answer.) */
const conditional = (etag: string) => ({ 'if-none-match': etag, 'cache-control': 'max-age=0' });

function expectSandboxed(headers: Headers, type: string) {
  expect(headers.get('content-type')).toBe(type);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp.split(';').map((d) => d.trim())).toContain('sandbox');
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toMatch(/allow-scripts|allow-same-origin/);
}

describe('the stored name takes the extension of the sniffed type', () => {
  it('an HTML page disguised as a PDF is stored and served as rapport.pdf, sandboxed', async () => {
    for (const name of ['rapport.html', 'rapport.htm', 'rapport.svg', 'rapport']) {
      const res = await upload({ name, type: 'text/html', data: htmlInsidePdf() });
      expect(res.status, name).toBe(201);
      expect(res.body.data.file).toMatchObject({
        name: 'rapport.pdf',
        mimeType: 'application/pdf',
      });
      for (const query of ['', '?download=1']) {
        const file = await app.client().get(`/api/v1/documents/${res.body.data.id}/file${query}`);
        expect(file.status).toBe(200);
        expectSandboxed(file.headers, 'application/pdf');
        expect(file.headers.get('content-disposition')).toContain(`filename="rapport.pdf"`);
      }
    }
  });

  it('an image named .svg is stored as .png; a version number in the name is kept', async () => {
    const png = await upload({ name: 'karta.svg', type: 'image/svg+xml', data: buildPng() });
    expect(png.body.data.file.name).toBe('karta.png');
    const file = await app.client().get(`/api/v1/documents/${png.body.data.id}/file`);
    expectSandboxed(file.headers, 'image/png');
    expect(file.headers.get('content-disposition')).toMatch(/^inline;/);
    const versioned = await upload({
      name: 'Program v1.2',
      type: 'application/pdf',
      data: buildPdf(['x']),
    });
    expect(versioned.body.data.file.name).toBe('Program v1.2.pdf');
  });

  it('refuses an SVG (with or without a disguise) and plain HTML named .pdf; nothing stored', async () => {
    const before = await countStoredFiles();
    for (const file of [
      { name: 'karta.svg', type: 'image/svg+xml', data: SVG },
      { name: 'karta.png', type: 'image/png', data: SVG },
      { name: 'karta.pdf', type: 'application/pdf', data: SVG },
      { name: 'sida.pdf', type: 'application/pdf', data: Buffer.from('<html><script>x</script>') },
    ]) {
      const res = await upload(file);
      expect(res.status, file.name).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect(await countStoredFiles()).toEqual(before);
  });
});

describe('a file is revalidated at every use', () => {
  it('304 while unchanged; after the document becomes confidential the revalidation gets 403', async () => {
    const created = await upload({
      name: 'program.pdf',
      type: 'application/pdf',
      data: buildPdf(['Program']),
    });
    const id = created.body.data.id as string;
    const first = await app.client().get(`/api/v1/documents/${id}/file`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toBe(`"${created.body.data.file.sha256 as string}"`);
    // Shared caches may keep it, but must ask before each use.
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('vary')).toMatch(/Cookie/i);

    const again = await app.client().get(`/api/v1/documents/${id}/file`, {
      headers: conditional(etag!),
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    const patched = await secretary.patch(`/api/v1/documents/${id}`, {
      secrecy: 'confidential',
      secrecyReference: 'OSL 21 kap. 1 §',
    });
    expect(patched.status).toBe(200);
    const revalidated = await app.client().get(`/api/v1/documents/${id}/file`, {
      headers: conditional(etag!),
    });
    expect(revalidated.status).toBe(403);
    expect(revalidated.body.error.code).toBe('forbidden');
  });

  it('a signed-in reader gets the file private and unstored', async () => {
    const created = await upload({
      name: 'bilaga.pdf',
      type: 'application/pdf',
      data: buildPdf(['Bilaga']),
    });
    const file = await secretary.get(`/api/v1/documents/${created.body.data.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('private, no-store');
  });
});
