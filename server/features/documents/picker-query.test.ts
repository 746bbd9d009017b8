// The console's document picker asks the registry for a body's documents by words of the title or
// the case number, minutes left out, at most a page at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { createDocument, makeBody, secretaryOf } from '../../../test/helpers/records';

let app: TestApp;
let ks: string;
beforeAll(async () => {
  app = await startTestApp();
  ks = await makeBody('Kommunstyrelsen');
  const { client } = await secretaryOf(app, ks);
  await createDocument(client, ks, { title: 'Tjänsteskrivelse om förskolan Solrosen' });
  await createDocument(client, ks, { title: 'Budget 2027', caseNumber: 'KS 2026/77' });
  await createDocument(client, ks, { title: 'Protokoll om Solrosen', kind: 'protokoll' });
  await createDocument(client, ks, { title: 'Sol (a+b)* test' });
});
afterAll(async () => {
  await app.close();
});

const titles = async (query: string) => {
  const res = await app
    .client()
    .get<{ data: Array<{ title: string }> }>(`/api/v1/documents?bodyId=${ks}&${query}`);
  expect(res.status).toBe(200);
  return res.body.data.map((d) => d.title).sort();
};

describe('GET /api/v1/documents?q=&notKind=', () => {
  it('finds by words of the title or the case number, any case, leaving out a kind', async () => {
    expect(await titles('q=solros')).toEqual([
      'Protokoll om Solrosen',
      'Tjänsteskrivelse om förskolan Solrosen',
    ]);
    expect(await titles('q=SOLROS&notKind=protokoll')).toEqual([
      'Tjänsteskrivelse om förskolan Solrosen',
    ]);
    expect(await titles('q=2026%2F77')).toEqual(['Budget 2027']);
    expect(await titles('q=förskolan%20solrosen')).toEqual([
      'Tjänsteskrivelse om förskolan Solrosen',
    ]);
    // Typed text is plain text, never a pattern.
    expect(await titles(`q=${encodeURIComponent('(a+b)*')}`)).toEqual(['Sol (a+b)* test']);
  });

  it('400 for a search that is too long', async () => {
    const res = await app.client().get(`/api/v1/documents?q=${'x'.repeat(101)}`);
    expect(res.status).toBe(400);
  });
});
