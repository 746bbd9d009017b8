// GET /api/v1/search over real HTTP: bad parameters are 400s naming the field, anyone may search,
// and a document a secretary registers is found by an inflected word (confidential text never
// shows), by a word typed without å ä ö (with a suggested spelling), and its PDF text keeps its
// punctuation. The endpoint is public and read-only, so there is no 401/403 case to test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import type { HttpClient } from '../../../test/helpers/http';
import { makeBody, multipart, secretaryOf } from '../../../test/helpers/records';
import { buildPdf } from '../documents/sample-files';
import { indexRecord } from '../../search';

let app: TestApp;
let bodyId: string;
let otherBodyId: string;
let secretary: HttpClient;

beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Barn- och utbildningsnämnden');
  otherBodyId = await makeBody('Tekniska nämnden');
  secretary = (await secretaryOf(app, bodyId)).client;
});
afterAll(async () => {
  await app.close();
});

const search = (query: string) => app.client().get(`/api/v1/search?${query}`);

describe('bad input', () => {
  it.each([
    ['', 'q'],
    ['q=', 'q'],
    ['q=%20%20', 'q'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['q=skola&type=letter', 'type'],
    ['q=skola&bodyId=nope', 'bodyId'],
    ['q=skola&from=2026-13-01', 'from'],
    ['q=skola&to=igår', 'to'],
    ['q=skola&from=2026-05-01&to=2026-04-01', 'to'],
    ['q=skola&page=0', 'page'],
    ['q=skola&page=abc', 'page'],
    ['q=a&q=b', 'q'],
  ])('?%s → 400 naming %s', async (query, field) => {
    const res = await search(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
  });
});

describe('searching', () => {
  it('finds a document a secretary registered by an inflected Swedish word, anonymously', async () => {
    const created = await secretary.post('/api/v1/documents', {
      title: 'Tjänsteskrivelse om lokaler',
      kind: 'tjansteskrivelse',
      bodyId,
      date: '2026-11-02',
      caseNumber: 'BUN 2026/45',
      secrecy: 'public',
      text: 'Förvaltningen föreslår att förskolan Solrosen byggs ut med två avdelningar.',
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;

    const res = await search('q=förskolor');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    const [hit] = res.body.data;
    expect(hit).toMatchObject({ type: 'document', id, title: 'Tjänsteskrivelse om lokaler' });
    expect(hit.path).toBe(`/handlingar/${id}`);
    expect(hit.date).toBe('2026-11-02T12:00:00.000Z');
    expect(hit.snippet).toContain('förskolan Solrosen');
    const [[start, end]] = hit.highlights.snippet;
    expect(hit.snippet.slice(start, end)).toBe('förskolan');
  });

  it('never shows a confidential document’s text, though its title is in the registry', async () => {
    const created = await secretary.post('/api/v1/documents', {
      title: 'Utredning om elevärende',
      kind: 'other',
      bodyId,
      date: '2026-10-01',
      secrecy: 'confidential',
      secrecyReference: 'OSL 23 kap. 2 §',
      text: 'Hemlig uppgift om eleven Kalle på Hagaskolan.',
    });
    expect(created.status).toBe(201);
    expect((await search('q=hagaskolan')).body.total).toBe(0);
    const byTitle = await search('q=elevärendet');
    expect(byTitle.body.total).toBe(1);
    expect(byTitle.body.data[0].snippet).not.toContain('Hemlig');
    expect(JSON.stringify(byTitle.body)).not.toContain('Kalle');
  });

  it('filters by type, body and date, pages, and describes itself in OpenAPI', async () => {
    for (let i = 0; i < 25; i++) {
      await indexRecord({
        type: i % 5 === 0 ? 'meeting' : 'agendaItem',
        id: `x${i}`,
        title: `Vinterväghållning ${i}`,
        text: 'Plogning och sandning av gång- och cykelvägar.',
        date: new Date(Date.UTC(2026, 0, 1 + i)),
        bodyId: i % 2 === 0 ? bodyId : otherBodyId,
        path: `/moten/x${i}`,
      });
    }
    expect((await search('q=sandningen')).body.total).toBe(25);
    expect((await search('q=sandningen&type=meeting')).body.total).toBe(5);
    expect((await search(`q=sandningen&bodyId=${otherBodyId}`)).body.total).toBe(12);
    expect((await search('q=sandningen&from=2026-01-06&to=2026-01-10')).body.total).toBe(5);
    const second = await search('q=sandningen&page=2');
    expect(second.body).toMatchObject({ total: 25, page: 2, pageSize: 20 });
    expect(second.body.data).toHaveLength(5);
    const openapi = await app.client().get('/api/v1/openapi.json');
    const op = openapi.body.paths['/api/v1/search'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'type', 'bodyId', 'from', 'to', 'page']),
    );
  });

  it('answers a query of stop words only with nothing, not an error', async () => {
    const res = await search('q=och%20att%20');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: [], total: 0 });
  });
});

describe('words typed without å, ä and ö', () => {
  it('finds "förskolan" from "forskola", suggests "förskola", and ranks exact matches first', async () => {
    const spelt = await secretary.post('/api/v1/documents', {
      title: 'Förskolans lokaler',
      kind: 'tjansteskrivelse',
      bodyId,
      date: '2026-09-01',
      secrecy: 'public',
      text: 'Förskolan Vitsippan behöver en ny gård.',
    });
    expect(spelt.status).toBe(201);
    const res = await search('q=forskola');
    expect(res.status).toBe(200);
    expect(res.body.data.map((h: { id: string }) => h.id)).toContain(spelt.body.data.id);
    expect(res.body.suggestion).toBe('förskola');
    const hit = res.body.data.find((h: { id: string }) => h.id === spelt.body.data.id);
    const [[start, end]] = hit.highlights.snippet;
    expect(hit.snippet.slice(start, end)).toBe('Förskolan');
    const exact = await search('q=f%C3%B6rskola');
    expect(exact.body.suggestion).toBeUndefined();
    expect(exact.body.total).toBe(res.body.total);

    // Someone wrote it without ö: that record matches as typed, so it comes first.
    const typed = await secretary.post('/api/v1/documents', {
      title: 'Skrivelse',
      kind: 'other',
      bodyId,
      date: '2026-01-01',
      secrecy: 'public',
      text: 'Frågor om forskolan.',
    });
    expect(typed.status).toBe(201);
    const after = await search('q=forskola');
    expect(after.body.total).toBe(res.body.total + 1);
    expect(after.body.data[0].id).toBe(typed.body.data.id);
    const spelling = await search('q=f%C3%B6rskola');
    expect(spelling.body.data.map((h: { id: string }) => h.id)).not.toContain(typed.body.data.id);
  });
});

describe('text from a PDF', () => {
  it('keeps its punctuation: an en dash stays an en dash in the snippet', async () => {
    const upload = multipart(
      {
        title: 'Delårsrapport 2026',
        kind: 'other',
        bodyId,
        date: '2026-09-30',
        secrecy: 'public',
      },
      {
        name: 'delarsrapport.pdf',
        type: 'application/pdf',
        data: buildPdf([
          'Delårsrapport januari–augusti 2026',
          'Prognosen – ett överskott på 12 mnkr – håller.',
        ]),
      },
    );
    const created = await secretary.request('POST', '/api/v1/documents', upload);
    expect(created.status).toBe(201);

    const res = await search('q=%C3%B6verskott');
    expect(res.body.total).toBe(1);
    const [hit] = res.body.data;
    expect(hit.id).toBe(created.body.data.id);
    expect(hit.snippet).toContain('januari–augusti 2026');
    expect(hit.snippet).toContain('Prognosen – ett överskott');
    expect(hit.snippet).not.toContain('?');
  });
});
