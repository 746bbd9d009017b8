// The open data feeds over real HTTP: iCalendar of published meetings (all and per body) and the
// Atom feed of documents and decisions; drafts and confidential content never appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import type { HttpClient } from '../../../test/helpers/http';
import { signedInUser } from '../../../test/helpers/factories';
import { createDocument, createMeeting, makeBody } from '../../../test/helpers/records';

let app: TestApp;
let ks: string;
let bun: string;
let secretary: HttpClient;
let published: { id: string; itemIds: string[] };
let draft: { id: string };
let bunMeeting: { id: string };
beforeAll(async () => {
  app = await startTestApp();
  ks = await makeBody('Kommunstyrelsen');
  bun = await makeBody('Barn- och utbildningsnämnden');
  // A secretary grant without bodyId holds for every body.
  secretary = (await signedInUser(app, { roles: ['secretary'] })).client;
  published = await createMeeting(secretary, ks, {
    titles: ['Budget 2027'],
    startsAt: '2099-01-15T13:00:00+01:00',
  });
  draft = await createMeeting(secretary, ks, { publish: false });
  bunMeeting = await createMeeting(secretary, bun, { startsAt: '2099-02-01T09:00:00+01:00' });
  await secretary.put(
    `/api/v1/meetings/${published.id}/agenda-items/${published.itemIds[0]}/decision`,
    {
      text: 'Kommunstyrelsen föreslår fullmäktige att anta budgeten.',
      inAdvance: true,
    },
  );
  await createDocument(secretary, ks, { title: 'Budgetunderlag 2027' });
  await createDocument(secretary, ks, {
    title: 'Hemlig bilaga',
    secrecy: 'confidential',
    secrecyReference: 'OSL 19 kap. 1 §',
    text: 'Affärshemligheter',
  });
});
afterAll(async () => {
  await app.close();
});

describe('GET /feeds/meetings.ics', () => {
  it('serves published meetings as iCalendar with stable links', async () => {
    const res = await app.client().get('/feeds/meetings.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.text).toMatch(/^BEGIN:VCALENDAR/);
    expect(res.text).toContain(`UID:meeting-${published.id}@`);
    expect(res.text).toContain(`UID:meeting-${bunMeeting.id}@`);
    expect(res.text).not.toContain(draft.id);
    expect(res.text).toContain(`${app.url}/moten/${published.id}`);
    expect(res.text).toContain('SUMMARY:Kommunstyrelsen: Sammanträde med kommunstyrelsen');
    expect(res.text).toContain('LOCATION:Sessionssalen\\, stadshuset');
    expect(res.text).toContain('DTSTART:20990115T120000Z');
  });

  it('filters by body (query or path), 404 for an unknown body, 400 for a malformed id', async () => {
    for (const path of [`/feeds/meetings.ics?bodyId=${bun}`, `/feeds/bodies/${bun}/meetings.ics`]) {
      const res = await app.client().get(path);
      expect(res.status).toBe(200);
      expect(res.text).toContain(bunMeeting.id);
      expect(res.text).not.toContain(published.id);
    }
    expect(
      (await app.client().get('/feeds/bodies/0123456789abcdef01234567/meetings.ics')).status,
    ).toBe(404);
    expect((await app.client().get('/feeds/meetings.ics?bodyId=nope')).status).toBe(400);
  });
});

describe('GET /feeds/documents.atom', () => {
  it('lists new documents and decisions, never confidential text', async () => {
    const res = await app.client().get('/feeds/documents.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(res.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(res.text).toContain('Budgetunderlag 2027 (KS 2026/123)');
    expect(res.text).toContain('Beslut: Budget 2027');
    expect(res.text).toContain(`${app.url}/moten/${published.id}#punkt-${published.itemIds[0]}`);
    expect(res.text).toContain('Hemlig bilaga');
    expect(res.text).not.toContain('Affärshemligheter');
  });
});
