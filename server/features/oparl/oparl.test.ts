// The OParl 1.1 open data API over real HTTP, every object validated against the official JSON
// Schemas (test/fixtures/oparl-1.1, a copy of the standard): lists, pagination, modified_since, no drafts, no
// confidential files.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { buildUser, signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { createDocument, createMeeting, makeBody, multipart } from '../../../test/helpers/records';
import { buildPdf } from '../documents/sample-files';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../../test/fixtures/oparl-1.1');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
addFormats(ajv);
// OParl's `url` format is a URI.
ajv.addFormat('url', ajv.formats.uri as never);
const validators = new Map<string, ValidateFunction>();
for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
  validators.set(
    file.replace('.json', ''),
    ajv.compile(JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))),
  );
}

/** An OParl object as served: its fields are checked by the schemas and the assertions. */
type OparlObject = Record<string, any>;

/** Validates an object and the objects embedded in it against their OParl schemas. */
function expectValid(type: string, value: OparlObject): void {
  const validate = validators.get(type)!;
  const ok = validate(value);
  expect(ok ? [] : validate.errors, `${type} ${value?.id}`).toEqual([]);
  const nested: Record<string, string> = {
    agendaItem: 'AgendaItem',
    location: 'Location',
    resultsProtocol: 'File',
    mainFile: 'File',
    auxiliaryFile: 'File',
    membership: 'Membership',
  };
  for (const [key, nestedType] of Object.entries(nested)) {
    const child = value[key];
    if (Array.isArray(child))
      for (const c of child) if (typeof c === 'object') expectValid(nestedType, c);
    if (child && typeof child === 'object' && !Array.isArray(child)) expectValid(nestedType, child);
  }
}

let app: TestApp;
let secretary: HttpClient;
let bodyId: string;
let meeting: { id: string; itemIds: string[] };
let draft: { id: string };
let publicPdf: string;
let secret: string;
beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Kommunstyrelsen');
  secretary = (await signedInUser(app, { roles: ['secretary'] })).client;
  const { client: admin } = await signedInUser(app, { roles: ['admin'] });
  const member = await buildUser(app, { givenName: 'Anna', surname: 'Berg' });
  await admin.put(`/api/v1/bodies/${bodyId}/members`, {
    userId: String(member._id),
    party: 'Centerpartiet',
    position: 'ordförande',
  });
  const upload = await secretary.request(
    'POST',
    '/api/v1/documents',
    multipart(
      {
        title: 'Protokoll KS',
        kind: 'protokoll',
        bodyId,
        date: '2026-11-02',
        caseNumber: 'KS 2026/1',
        secrecy: 'public',
      },
      { name: 'protokoll.pdf', type: 'application/pdf', data: buildPdf(['Protokoll']) },
    ),
  );
  publicPdf = upload.body.data.id;
  secret = await createDocument(secretary, bodyId, {
    title: 'Sekretessbelagd bilaga',
    secrecy: 'confidential',
    secrecyReference: 'OSL 19 kap. 1 §',
  });
  meeting = await createMeeting(secretary, bodyId, {
    titles: ['Budget 2027', 'Detaljplan'],
    documentIds: [publicPdf, secret],
    startsAt: '2026-11-02T13:00:00+01:00',
  });
  await secretary.put(
    `/api/v1/meetings/${meeting.id}/agenda-items/${meeting.itemIds[0]}/decision`,
    { text: 'Bifall.' },
  );
  await secretary.put(`/api/v1/meetings/${meeting.id}/minutes`, { documentId: publicPdf });
  draft = await createMeeting(secretary, bodyId, { publish: false });
});
afterAll(async () => {
  await app.close();
});

const api = (p: string) => `/api/oparl/v1${p}`;

describe('OParl 1.1', () => {
  it('system and body validate and link to the lists', async () => {
    const system = (await app.client().get(api('/system'))).body;
    expectValid('System', system);
    expect(system.body).toBe(`${app.url}/api/oparl/v1/body`);
    const bodies = (await app.client().get(api('/body'))).body;
    expect(bodies.pagination.totalElements).toBe(1);
    expectValid('Body', bodies.data[0]);
    const body = (await app.client().get(new URL(bodies.data[0].id).pathname)).body;
    expectValid('Body', body);
    for (const list of ['organization', 'person', 'meeting', 'paper', 'agendaItem', 'file']) {
      const res = await app.client().get(new URL(body[list]).pathname);
      expect(res.status, list).toBe(200);
      expect(res.body.pagination, list).toBeDefined();
    }
  });

  it('organizations and persons with memberships validate', async () => {
    const orgs = (await app.client().get(api('/organization'))).body;
    expect(orgs.data.map((o: OparlObject) => o.name)).toEqual(['Kommunstyrelsen']);
    for (const org of orgs.data) expectValid('Organization', org);
    const people = (await app.client().get(api('/person'))).body;
    expect(people.data).toHaveLength(1);
    expectValid('Person', people.data[0]);
    expect(people.data[0]).toMatchObject({ name: 'Anna Berg' });
    expect(people.data[0].membership[0]).toMatchObject({
      role: 'ordförande',
      keyword: ['Centerpartiet'],
    });
    const one = await app.client().get(new URL(people.data[0].id).pathname);
    expectValid('Person', one.body);
  });

  it('meetings with agenda items and minutes validate; drafts are absent', async () => {
    const meetings = (await app.client().get(api('/meeting'))).body;
    const ids = meetings.data.map((m: OparlObject) => m.id);
    expect(ids).toContain(`${app.url}/api/oparl/v1/meeting/${meeting.id}`);
    expect(ids.join()).not.toContain(draft.id);
    for (const m of meetings.data) expectValid('Meeting', m);
    const one = (await app.client().get(api(`/meeting/${meeting.id}`))).body;
    expectValid('Meeting', one);
    expect(one.agendaItem.map((i: OparlObject) => [i.order, i.name])).toEqual([
      [1, 'Budget 2027'],
      [2, 'Detaljplan'],
    ]);
    expect(one.agendaItem[0].resolutionText).toBe('Bifall.');
    // The confidential document is not published as a file.
    expect(one.agendaItem[0].auxiliaryFile).toHaveLength(1);
    expect(one.resultsProtocol.accessUrl).toBe(`${app.url}/api/v1/documents/${publicPdf}/file`);
    expect((await app.client().get(api(`/meeting/${draft.id}`))).status).toBe(404);
    const items = (await app.client().get(api('/agendaItem'))).body;
    for (const item of items.data) expectValid('AgendaItem', item);
    const item = (await app.client().get(api(`/agendaItem/${meeting.itemIds[1]}`))).body;
    expectValid('AgendaItem', item);
    expect(item.number).toBe('2');
  });

  it('papers and files validate; a confidential paper has no file', async () => {
    const papers = (await app.client().get(api('/paper'))).body;
    for (const paper of papers.data) expectValid('Paper', paper);
    const secretPaper = papers.data.find((p: OparlObject) => p.id.endsWith(secret));
    expect(secretPaper.mainFile).toBeUndefined();
    expect(secretPaper.name).toBe('Sekretessbelagd bilaga');
    const files = (await app.client().get(api('/file'))).body;
    expect(files.data.map((f: OparlObject) => f.id)).toEqual([
      `${app.url}/api/oparl/v1/file/${publicPdf}`,
    ]);
    for (const file of files.data) expectValid('File', file);
    expect((await app.client().get(api(`/file/${secret}`))).status).toBe(404);
  });

  it('paginates with links and filters by modified_since; 400 for bad parameters', async () => {
    const first = (await app.client().get(api('/agendaItem?limit=1'))).body;
    expect(first.data).toHaveLength(1);
    expect(first.pagination).toEqual({
      totalElements: 2,
      elementsPerPage: 1,
      currentPage: 1,
      totalPages: 2,
    });
    expect(first.links.next).toBe(`${app.url}/api/oparl/v1/agendaItem?page=2&limit=1`);
    const second = (
      await app.client().get(new URL(first.links.next).pathname + new URL(first.links.next).search)
    ).body;
    expect(second.data[0].id).not.toBe(first.data[0].id);
    expect(second.links.prev).toBeDefined();
    const future = (await app.client().get(api('/paper?modified_since=2099-01-01T00:00:00Z'))).body;
    expect(future.data).toEqual([]);
    const past = (await app.client().get(api('/paper?modified_since=2000-01-01T00:00:00Z'))).body;
    expect(past.data.length).toBe(2);
    const bad = await app.client().get(api('/paper?modified_since=yesterday'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect((await app.client().get(api('/nothing'))).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await app.client().get('/api/v1/openapi.json')).body;
    for (const p of [
      '/api/oparl/v1/meeting',
      '/api/v1/meetings/{id}/publish',
      '/api/v1/documents',
      '/feeds/meetings.ics',
      '/api/v1/notice-board',
      '/api/v1/bodies',
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
  });
});
