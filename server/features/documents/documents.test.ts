// The document registry over real HTTP: JSON and multipart registration, case number format,
// confidentiality (metadata only; text and file 403 with how to request them, except to the body's
// readers: access/access.test.ts), changes, removal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { AuditEntry } from '../../audit/model';
import { resolveSubject } from '../subjects';
import {
  createDocument,
  createMeeting,
  makeBody,
  multipart,
  secretaryOf,
} from '../../../test/helpers/records';
import { buildPdf } from './sample-files';

let app: TestApp;
let bodyId: string;
let secretary: HttpClient;
beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Barn- och utbildningsnämnden');
  secretary = (await secretaryOf(app, bodyId)).client;
});
afterAll(async () => {
  await app.close();
});

const metadata = (overrides: Record<string, unknown> = {}) => ({
  title: 'Tjänsteskrivelse: utbyggnad av förskolan Solrosen',
  kind: 'tjansteskrivelse',
  bodyId,
  date: '2026-11-02',
  caseNumber: 'BUN 2026/45',
  secrecy: 'public',
  ...overrides,
});

describe('POST /api/v1/documents (JSON)', () => {
  it('401 anonymous, 403 citizen and secretary of another body', async () => {
    expect((await app.client().post('/api/v1/documents', metadata())).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.post('/api/v1/documents', metadata())).status).toBe(403);
    const { client: other } = await secretaryOf(app, await makeBody('Kulturnämnden'));
    const res = await other.post('/api/v1/documents', metadata());
    expect(res.status).toBe(403);
  });

  it('400 naming the field for a case number in the wrong form, a bad kind or date', async () => {
    for (const caseNumber of ['2026/45', 'BUN 26/45', 'bun 2026/45', 'BUN 2026-45']) {
      const res = await secretary.post('/api/v1/documents', metadata({ caseNumber }));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(/^caseNumber/);
    }
    const kind = await secretary.post('/api/v1/documents', metadata({ kind: 'memo' }));
    expect(kind.body.error.message).toMatch(/^kind/);
    const date = await secretary.post('/api/v1/documents', metadata({ date: '2 nov' }));
    expect(date.body.error.message).toMatch(/^date/);
    const noReference = await secretary.post(
      '/api/v1/documents',
      metadata({ secrecy: 'confidential' }),
    );
    expect(noReference.status).toBe(400);
    expect(noReference.body.error.message).toMatch(/^secrecyReference/);
  });

  it('registers a public document with text, readable by anyone', async () => {
    const res = await secretary.post(
      '/api/v1/documents',
      metadata({ text: 'Förvaltningen föreslår två nya avdelningar.' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      title: 'Tjänsteskrivelse: utbyggnad av förskolan Solrosen',
      kind: 'tjansteskrivelse',
      bodyName: 'Barn- och utbildningsnämnden',
      caseNumber: 'BUN 2026/45',
      secrecy: 'public',
      hasText: true,
      canManage: true,
    });
    expect(res.body.data.file).toBeUndefined();
    const id = res.body.data.id;
    const read = await app.client().get(`/api/v1/documents/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.data.canManage).toBe(false);
    const text = await app.client().get(`/api/v1/documents/${id}/text`);
    expect(text.body.data.text).toBe('Förvaltningen föreslår två nya avdelningar.');
    const file = await app.client().get(`/api/v1/documents/${id}/file`);
    expect(file.status).toBe(404);
    expect(await resolveSubject('document', id)).toMatchObject({
      public: true,
      commentable: true,
      path: `/handlingar/${id}`,
    });
    expect(await AuditEntry.countDocuments({ action: 'document.create', 'subject.id': id })).toBe(
      1,
    );
    const list = await app.client().get(`/api/v1/documents?bodyId=${bodyId}`);
    expect(list.body.data.map((d: { id: string }) => d.id)).toContain(id);
  });
});

describe('confidential documents', () => {
  it('shows metadata only; text and file answer 403 with how to request the document', async () => {
    const upload = multipart(
      {
        title: 'Utredning om elevärende',
        kind: 'bilaga',
        bodyId,
        date: '2026-11-03',
        caseNumber: 'BUN 2026/46',
        secrecy: 'confidential',
        secrecyReference: 'OSL 23 kap. 2 §',
      },
      {
        name: 'utredning.pdf',
        type: 'application/pdf',
        data: buildPdf(['Känsliga uppgifter om en elev']),
      },
    );
    const res = await secretary.request('POST', '/api/v1/documents', upload);
    expect(res.status).toBe(201);
    const id = res.body.data.id;
    const read = await app.client().get(`/api/v1/documents/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({
      title: 'Utredning om elevärende',
      caseNumber: 'BUN 2026/46',
      secrecy: 'confidential',
      secrecyReference: 'OSL 23 kap. 2 §',
      hasText: false,
    });
    expect(read.body.data.file).toBeUndefined();
    expect(read.body.data.accessNotice).toMatch(/begära ut allmän handling/);
    expect(read.text).not.toContain('Känsliga');
    for (const path of [`/api/v1/documents/${id}/file`, `/api/v1/documents/${id}/text`]) {
      const denied = await app.client().get(path);
      expect(denied.status).toBe(403);
      expect(denied.body.error.code).toBe('forbidden');
      expect(denied.body.error.message).toMatch(/begära ut allmän handling/);
      expect(denied.body.error.message).toContain('BUN 2026/46');
    }
    // The body's secretary keeps it (issue 17: those who decide and keep read the content).
    expect((await secretary.get(`/api/v1/documents/${id}/file`)).status).toBe(200);
    expect(await resolveSubject('document', id)).toMatchObject({ public: false });
    const { id: meetingId } = await createMeeting(secretary, bodyId, { documentIds: [id] });
    const meeting = await app.client().get(`/api/v1/meetings/${meetingId}`);
    expect(meeting.body.data.items[0].documents[0]).toMatchObject({
      id,
      secrecy: 'confidential',
      hasFile: false,
    });
  });
});

describe('PATCH and DELETE /api/v1/documents/:id', () => {
  it('401, 403, 400; changes metadata; removes and unlinks from agendas', async () => {
    const id = await createDocument(secretary, bodyId, { caseNumber: 'BUN 2026/47' });
    const path = `/api/v1/documents/${id}`;
    expect((await app.client().patch(path, { title: 'Ny' })).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.patch(path, { title: 'Ny' })).status).toBe(403);
    const bad = await secretary.patch(path, { caseNumber: 'fel' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^caseNumber/);
    const toSecret = await secretary.patch(path, { secrecy: 'confidential' });
    expect(toSecret.status).toBe(400);
    const changed = await secretary.patch(path, { title: 'Reviderad tjänsteskrivelse' });
    expect(changed.status).toBe(200);
    expect(changed.body.data.title).toBe('Reviderad tjänsteskrivelse');

    const { id: meetingId } = await createMeeting(secretary, bodyId, { documentIds: [id] });
    expect((await citizen.delete(path)).status).toBe(403);
    expect((await secretary.delete(path)).status).toBe(204);
    expect((await app.client().get(path)).status).toBe(404);
    const meeting = await app.client().get(`/api/v1/meetings/${meetingId}`);
    expect(meeting.body.data.items[0].documents).toEqual([]);
  });

  it('404 for unknown and malformed ids', async () => {
    expect((await app.client().get('/api/v1/documents/0123456789abcdef01234567')).status).toBe(404);
    expect((await app.client().get('/api/v1/documents/nope/file')).status).toBe(404);
  });
});
