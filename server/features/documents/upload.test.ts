// Uploads over real HTTP into GridFS on the real database: sniffed types, SHA-256, PDF text
// extraction, streaming back with the right headers; refusals (type, size) leave nothing behind.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { MAX_UPLOAD_BYTES } from '@shared/schemas/documents';
import { makeBody, multipart, secretaryOf } from '../../../test/helpers/records';
import { RecordDocument } from './model';
import { countStoredFiles } from './storage';
import { buildDocx, buildPdf, buildPng } from './sample-files';

let app: TestApp;
let bodyId: string;
let secretary: HttpClient;
beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Samhällsbyggnadsnämnden');
  secretary = (await secretaryOf(app, bodyId)).client;
});
afterAll(async () => {
  await app.close();
});

const fields = (overrides: Record<string, string> = {}) => ({
  title: 'Detaljplan för kvarteret Åsen',
  kind: 'tjansteskrivelse',
  bodyId,
  date: '2026-10-20',
  caseNumber: 'SBN 2026/12',
  secrecy: 'public',
  ...overrides,
});

async function upload(
  client: HttpClient,
  file: { name: string; type: string; data: Buffer },
  extra: Record<string, string> = {},
) {
  return client.request('POST', '/api/v1/documents', multipart(fields(extra), file));
}

describe('multipart upload', () => {
  it('401 anonymous and 403 citizen, without storing anything', async () => {
    const file = { name: 'plan.pdf', type: 'application/pdf', data: buildPdf(['Detaljplan']) };
    expect((await upload(app.client(), file)).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await upload(citizen, file)).status).toBe(403);
    expect(await countStoredFiles()).toEqual({ files: 0, chunks: 0 });
  });

  it('stores a PDF with its SHA-256, sniffed type and size, extracts its text, and streams it back', async () => {
    const data = buildPdf([
      'Förslag till detaljplan för kvarteret Åsen.',
      'Planen möjliggör en ny förskola med fyra avdelningar.',
    ]);
    // The client claims a wrong type; the server trusts the content.
    const res = await upload(secretary, {
      name: 'Detaljplan Åsen.pdf',
      type: 'application/octet-stream',
      data,
    });
    expect(res.status).toBe(201);
    expect(res.body.data.file).toEqual({
      name: 'Detaljplan Åsen.pdf',
      mimeType: 'application/pdf',
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
    expect(res.body.data.hasText).toBe(true);
    const id = res.body.data.id;
    const text = await app.client().get(`/api/v1/documents/${id}/text`);
    expect(text.body.data.text).toContain('ny förskola med fyra avdelningar');

    const file = await fetch(`${app.url}/api/v1/documents/${id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      `inline; filename="Detaljplan _sen.pdf"; filename*=UTF-8''Detaljplan%20%C3%85sen.pdf`,
    );
    expect(Buffer.from(await file.arrayBuffer()).equals(data)).toBe(true);
    const download = await fetch(`${app.url}/api/v1/documents/${id}/file?download=1`);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    await download.arrayBuffer();
  });

  it('accepts DOCX, PNG and JPEG by their content', async () => {
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from('JFIF\0'),
      Buffer.alloc(100),
    ]);
    const cases = [
      {
        name: 'beslut.docx',
        data: buildDocx('Beslut om budget'),
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      { name: 'karta.png', data: buildPng(), mime: 'image/png' },
      { name: 'foto.jpg', data: jpeg, mime: 'image/jpeg' },
    ];
    for (const { name, data, mime } of cases) {
      const res = await upload(secretary, { name, type: 'text/plain', data });
      expect(res.status, name).toBe(201);
      expect(res.body.data.file.mimeType).toBe(mime);
      const file = await fetch(`${app.url}/api/v1/documents/${res.body.data.id}/file`);
      expect(file.headers.get('content-type')).toBe(mime);
      await file.arrayBuffer();
    }
  });

  it('400 for content that is not an allowed type, or that another extension claims; nothing stored', async () => {
    const before = await countStoredFiles();
    const documents = await RecordDocument.countDocuments();
    const html = await upload(secretary, {
      name: 'plan.pdf',
      type: 'application/pdf',
      data: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    expect(html.status).toBe(400);
    expect(html.body.error.message).toMatch(/^file/);
    const disguised = await upload(secretary, {
      name: 'plan.pdf',
      type: 'application/pdf',
      data: buildPng(),
    });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error.message).toMatch(/^file/);
    const empty = await upload(secretary, {
      name: 'tom.pdf',
      type: 'application/pdf',
      data: Buffer.alloc(0),
    });
    expect(empty.status).toBe(400);
    expect(await countStoredFiles()).toEqual(before);
    expect(await RecordDocument.countDocuments()).toBe(documents);
  });

  it('400 for bad metadata after the file arrived, and the stored file is removed again', async () => {
    const before = await countStoredFiles();
    const res = await upload(
      secretary,
      { name: 'plan.pdf', type: 'application/pdf', data: buildPdf(['Plan']) },
      { caseNumber: 'SBN-2026-12' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^caseNumber/);
    expect(await countStoredFiles()).toEqual(before);
  });
});

describe('the body of the document', () => {
  it('403 for a secretary of another body, and the file stored meanwhile is removed again', async () => {
    const { client: other } = await secretaryOf(app, await makeBody('Kulturnämnden'));
    const before = await countStoredFiles();
    const documents = await RecordDocument.countDocuments();
    const res = await upload(other, {
      name: 'plan.pdf',
      type: 'application/pdf',
      data: buildPdf(['Detaljplan']),
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(await countStoredFiles()).toEqual(before);
    expect(await RecordDocument.countDocuments()).toBe(documents);
  });

  it('a JSON body cannot name a stored file: the document is registered without one', async () => {
    const stored = await upload(secretary, {
      name: 'plan.pdf',
      type: 'application/pdf',
      data: buildPdf(['Plan med bilagor']),
    });
    expect(stored.status).toBe(201);
    const borrowed = await RecordDocument.findById(stored.body.data.id).lean();
    const res = await secretary.post('/api/v1/documents', {
      ...fields({ title: 'Lånad fil' }),
      file: { ...borrowed!.file, fileId: String(borrowed!.file!.fileId) },
    });
    expect(res.status).toBe(201);
    expect(res.body.data.file).toBeUndefined();
    expect((await app.client().get(`/api/v1/documents/${res.body.data.id}/file`)).status).toBe(404);
  });
});

describe('malformed multipart', () => {
  it('answers 400, never 500, and stores nothing', async () => {
    const before = await countStoredFiles();
    const noBoundary = await secretary.request('POST', '/api/v1/documents', {
      body: 'x',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(noBoundary.status).toBe(400);
    const truncated = await secretary.request('POST', '/api/v1/documents', {
      body: '------b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
      headers: { 'content-type': 'multipart/form-data; boundary=----b' },
    });
    expect(truncated.status).toBe(400);
    const part = (name: string) =>
      Buffer.concat([
        Buffer.from(
          `------b\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        buildPng(),
        Buffer.from('\r\n'),
      ]);
    const twoFiles = Buffer.concat([part('a.png'), part('b.png'), Buffer.from('------b--\r\n')]);
    const res = await secretary.request('POST', '/api/v1/documents', {
      body: new Uint8Array(twoFiles),
      headers: { 'content-type': 'multipart/form-data; boundary=----b' },
    });
    expect(res.status).toBe(400);
    expect(await countStoredFiles()).toEqual(before);
  });
});

describe('size limit', () => {
  const oversized = () => {
    const pdf = buildPdf(['Stor fil']);
    return Buffer.concat([pdf, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - pdf.length)]);
  };

  it('413 when the declared length is over the limit; nothing stored', async () => {
    const before = await countStoredFiles();
    const res = await upload(secretary, {
      name: 'stor.pdf',
      type: 'application/pdf',
      data: Buffer.concat([oversized(), Buffer.alloc(2 * 1024 * 1024)]),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
    expect(await countStoredFiles()).toEqual(before);
  });

  it('413 for a streamed (chunked) body over the limit; the chunks written are removed', async () => {
    const before = await countStoredFiles();
    const documents = await RecordDocument.countDocuments();
    const { body, headers } = multipart(fields(), {
      name: 'stor.pdf',
      type: 'application/pdf',
      data: oversized(),
    });
    // A stream has no Content-Length: the server finds out while storing.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < body.length; offset += 1024 * 1024) {
          controller.enqueue(body.subarray(offset, offset + 1024 * 1024));
        }
        controller.close();
      },
    });
    const res = await fetch(`${app.url}/api/v1/documents`, {
      method: 'POST',
      headers: { ...headers, cookie: secretary.cookieHeader, origin: app.origin },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_large');
    expect(await countStoredFiles()).toEqual(before);
    expect(await RecordDocument.countDocuments()).toBe(documents);
  }, 120_000);
});
