// The reading room's access over real HTTP (issue 17): a confidential document's text and file for
// the members of its body, its secretaries and a substitute once called in — never for a member of
// another body, a substitute not called in, a citizen or an anonymous visitor; each read in the
// access log (audit chain), the file watermarked; absences and substitutes; the whole-meeting PDF.
import { extractText, getDocumentProxy } from 'unpdf';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app';
import { signedInUser } from '../../../../test/helpers/factories';
import type { HttpClient } from '../../../../test/helpers/http';
import {
  createDocument,
  createMeeting,
  makeBody,
  multipart,
  secretaryOf,
} from '../../../../test/helpers/records';
import { verifyAuditChain } from '../../../audit/verify';
import { buildPdf } from '../sample-files';

let app: TestApp;
let bodyId: string;
let secretary: HttpClient;
let maria: { client: HttpClient; id: string };
let sam: { client: HttpClient; id: string };
let foreignMember: HttpClient;
let citizen: HttpClient;
let confidentialId: string;
let publicId: string;
let meetingId: string;

async function seat(userId: string, position: string) {
  const res = await secretary.put(`/api/v1/bodies/${bodyId}/members`, { userId, position });
  if (res.status !== 200) throw new Error(`seat: ${res.status} ${res.text}`);
}

/** The bytes of an answer (the test client reads text). */
async function fetchBytes(client: HttpClient, path: string) {
  const res = await fetch(new URL(path, client.baseUrl), {
    headers: client.cookies.size > 0 ? { cookie: client.cookieHeader } : {},
  });
  return {
    status: res.status,
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
  return text;
}

beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Socialnämnden');
  secretary = (await secretaryOf(app, bodyId)).client;
  const m = await signedInUser(app, { displayName: 'Maria Ledamot' });
  const s = await signedInUser(app, { displayName: 'Sam Ersättare' });
  maria = { client: m.client, id: m.id };
  sam = { client: s.client, id: s.id };
  await seat(maria.id, 'ledamot');
  await seat(sam.id, 'ersättare');
  const otherBody = await makeBody('Kulturnämnden');
  foreignMember = (await signedInUser(app, { roles: [{ role: 'official', bodyId: otherBody }] }))
    .client;
  citizen = (await signedInUser(app)).client;
  const upload = multipart(
    {
      title: 'Utredning om placering',
      kind: 'bilaga',
      bodyId,
      date: '2026-11-03',
      caseNumber: 'SN 2026/12',
      secrecy: 'confidential',
      secrecyReference: 'OSL 26 kap. 1 §',
    },
    {
      name: 'utredning.pdf',
      type: 'application/pdf',
      data: buildPdf(['Uppgifter om en enskild person']),
    },
  );
  const created = await secretary.request('POST', '/api/v1/documents', upload);
  if (created.status !== 201) throw new Error(created.text);
  confidentialId = created.body.data.id;
  publicId = await createDocument(secretary, bodyId, { caseNumber: 'SN 2026/13' });
  ({ id: meetingId } = await createMeeting(secretary, bodyId, {
    titles: ['Placering', 'Budget'],
    documentIds: [confidentialId, publicId],
  }));
});
afterAll(async () => {
  await app.close();
});

describe('confidential content', () => {
  it('403 to a member of another body, a substitute not called in, a citizen, anonymous', async () => {
    for (const client of [foreignMember, sam.client, citizen, app.client()]) {
      for (const what of ['text', 'file']) {
        const res = await client.get(`/api/v1/documents/${confidentialId}/${what}`);
        expect(res.status).toBe(403);
        expect(res.body.error.message).toMatch(/begära ut allmän handling/);
      }
      const entry = await client.get(`/api/v1/documents/${confidentialId}`);
      expect(entry.body.data).toMatchObject({ canReadContent: false, hasText: false });
      expect(entry.body.data.file).toBeUndefined();
    }
  });

  it('a member reads the text and a watermarked file; the secretary reads the log', async () => {
    const entry = await maria.client.get(`/api/v1/documents/${confidentialId}`);
    expect(entry.body.data).toMatchObject({ canReadContent: true, hasText: true });
    const text = await maria.client.get(`/api/v1/documents/${confidentialId}/text`);
    expect(text.status).toBe(200);
    expect(text.body.data.text).toContain('Uppgifter om en enskild person');
    const file = await fetchBytes(maria.client, `/api/v1/documents/${confidentialId}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('cache-control')).toContain('no-store');
    const content = await pdfText(file.bytes);
    expect(content).toContain('Uppgifter om en enskild person');
    expect(content).toContain('Maria Ledamot');

    const log = await secretary.get(`/api/v1/documents/${confidentialId}/access-log`);
    expect(log.status).toBe(200);
    const mine = log.body.data.filter(
      (e: { displayName: string }) => e.displayName === 'Maria Ledamot',
    );
    expect(mine.map((e: { what: string }) => e.what).sort()).toEqual(['file', 'text']);
    expect(mine[0].ip).toBeTruthy();
    const csv = await secretary.get(`/api/v1/documents/${confidentialId}/access-log?format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.text).toContain('Maria Ledamot');

    // Only the body's secretaries and admins read the log; the person sees her own reads.
    for (const client of [maria.client, foreignMember, citizen]) {
      expect((await client.get(`/api/v1/documents/${confidentialId}/access-log`)).status).toBe(403);
    }
    expect((await app.client().get(`/api/v1/documents/${confidentialId}/access-log`)).status).toBe(
      401,
    );
    const own = await maria.client.get('/api/v1/me/document-reads');
    expect(own.body.data).toHaveLength(2);
    expect(own.body.data[0]).toMatchObject({
      documentId: confidentialId,
      title: 'Utredning om placering',
    });
    expect((await citizen.get('/api/v1/me/document-reads')).body.data).toEqual([]);
    // The entries are links of the audit chain.
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it('a public document is read by anyone and leaves no access-log entry', async () => {
    expect((await app.client().get(`/api/v1/documents/${publicId}/text`)).status).toBe(200);
    await maria.client.get(`/api/v1/documents/${publicId}/text`);
    const log = await secretary.get(`/api/v1/documents/${publicId}/access-log`);
    expect(log.body.data).toEqual([]);
  });
});

describe('absence and substitutes', () => {
  it('a member reports absence; the secretary calls in the substitute, who is notified and reads', async () => {
    expect((await app.client().post(`/api/v1/meetings/${meetingId}/absence`, {})).status).toBe(401);
    expect((await foreignMember.post(`/api/v1/meetings/${meetingId}/absence`, {})).status).toBe(
      403,
    );
    expect(
      (
        await maria.client.post(`/api/v1/meetings/${meetingId}/absence`, {
          reason: 'x'.repeat(300),
        })
      ).status,
    ).toBe(400);
    const reported = await maria.client.post(`/api/v1/meetings/${meetingId}/absence`, {
      reason: 'Sjuk',
    });
    expect(reported.status).toBe(201);
    expect(reported.body.data.mine).toBe(true);
    // Members see who is away, not why.
    expect(reported.body.data.absences[0]).not.toHaveProperty('reason');

    const list = await secretary.get(`/api/v1/meetings/${meetingId}/absences`);
    expect(list.body.data.absences).toEqual([
      expect.objectContaining({ userId: maria.id, displayName: 'Maria Ledamot', reason: 'Sjuk' }),
    ]);
    expect(list.body.data.candidates.map((c: { userId: string }) => c.userId)).toContain(sam.id);
    expect((await citizen.get(`/api/v1/meetings/${meetingId}/absences`)).status).toBe(403);

    const input = { userId: sam.id, forUserId: maria.id };
    expect(
      (await maria.client.put(`/api/v1/meetings/${meetingId}/substitutes`, input)).status,
    ).toBe(403);
    const called = await secretary.put(`/api/v1/meetings/${meetingId}/substitutes`, input);
    expect(called.status).toBe(200);
    expect(called.body.data.absences[0].substitute).toEqual({
      userId: sam.id,
      displayName: 'Sam Ersättare',
    });
    const notes = await sam.client.get('/api/v1/notifications');
    expect(notes.body.data[0]).toMatchObject({
      kind: 'substitute_called',
      subject: { type: 'meeting', id: meetingId },
    });
    expect((await sam.client.get(`/api/v1/documents/${confidentialId}/text`)).status).toBe(200);
  });
});

describe('GET /api/v1/meetings/:id/bundle.pdf', () => {
  it('anonymous: the notice, the agenda as bookmarks and the public documents only', async () => {
    const res = await fetchBytes(app.client(), `/api/v1/meetings/${meetingId}/bundle.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await PDFDocument.load(res.bytes);
    expect(pdf.catalog.toString()).toContain('/Outlines');
    const text = await pdfText(res.bytes);
    expect(text).toContain('Föredragningslista');
    expect(text).toContain('Placering');
    expect(text).toContain('sekretess');
    expect(text).not.toContain('Uppgifter om en enskild person');
    expect(text).toContain('förskolan Solrosen');
    // The same version again comes from the cache: byte for byte the same.
    const again = await fetchBytes(citizen, `/api/v1/meetings/${meetingId}/bundle.pdf`);
    expect(Buffer.from(again.bytes).equals(Buffer.from(res.bytes))).toBe(true);
  });

  it('a member: the confidential document too, watermarked with her name and logged', async () => {
    const res = await fetchBytes(maria.client, `/api/v1/meetings/${meetingId}/bundle.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const text = await pdfText(res.bytes);
    expect(text).toContain('Uppgifter om en enskild person');
    expect(text).toContain('Maria Ledamot');
    const log = await secretary.get(`/api/v1/documents/${confidentialId}/access-log`);
    expect(log.body.data[0]).toMatchObject({ displayName: 'Maria Ledamot', what: 'bundle' });
  });

  it('404 for a draft to others', async () => {
    const { id } = await createMeeting(secretary, bodyId, { publish: false });
    expect((await app.client().get(`/api/v1/meetings/${id}/bundle.pdf`)).status).toBe(404);
  });
});

describe('GET /api/v1/me/meetings', () => {
  it('the agenda of my coming meetings with read marks; a document added after the notice is new and notified', async () => {
    expect((await app.client().get('/api/v1/me/meetings')).status).toBe(401);
    expect((await citizen.get('/api/v1/me/meetings')).body.data.meetings).toEqual([]);
    const first = await maria.client.get('/api/v1/me/meetings');
    const meeting = first.body.data.meetings.find((m: { id: string }) => m.id === meetingId);
    expect(meeting).toMatchObject({ role: 'member', absent: true, bodyName: 'Socialnämnden' });
    expect(meeting.items[0].documents).toEqual([
      expect.objectContaining({ id: confidentialId, readable: true, read: true, isNew: false }),
      expect.objectContaining({ id: publicId, readable: true, read: true }),
    ]);
    // The substitute called in sees the meeting as a substitute.
    const forSam = await sam.client.get('/api/v1/me/meetings');
    expect(forSam.body.data.meetings.find((m: { id: string }) => m.id === meetingId)).toBeTruthy();

    const added = await createDocument(secretary, bodyId, {
      title: 'Kompletterande yttrande',
      caseNumber: 'SN 2026/14',
    });
    const items = (await secretary.get(`/api/v1/meetings/${meetingId}`)).body.data.items;
    const patched = await secretary.patch(
      `/api/v1/meetings/${meetingId}/agenda-items/${items[1].id}`,
      {
        documentIds: [added],
      },
    );
    expect(patched.status).toBe(200);
    const next = await maria.client.get('/api/v1/me/meetings');
    const doc = next.body.data.meetings
      .find((m: { id: string }) => m.id === meetingId)
      .items[1].documents.find((d: { id: string }) => d.id === added);
    expect(doc).toMatchObject({ supplementary: true, isNew: true, read: false });
    const notified = await maria.client.get('/api/v1/notifications');
    expect(notified.body.data[0]).toMatchObject({
      kind: 'document_added',
      document: 'Kompletterande yttrande',
    });
    // Looked at once: no longer new.
    const later = await maria.client.get('/api/v1/me/meetings');
    const again = later.body.data.meetings
      .find((m: { id: string }) => m.id === meetingId)
      .items[1].documents.find((d: { id: string }) => d.id === added);
    expect(again).toMatchObject({ supplementary: true, isNew: false });
  });
});
