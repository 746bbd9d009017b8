// Records keep the archive's index in step on every write: published meetings, agenda items,
// decisions and public documents are found; drafts, removed documents and confidential text are
// not (a confidential document is found by its registry entry only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import type { HttpClient } from '../../../test/helpers/http';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';

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

async function search(q: string): Promise<Array<{ type: string; id: string }>> {
  const res = await app.client().get(`/api/v1/search?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.data;
}

describe('search index of records', () => {
  it('finds public documents by their text and confidential ones by title only', async () => {
    const open = await createDocument(secretary, bodyId, {
      title: 'Tjänsteskrivelse om lokaler',
      text: 'Förvaltningen föreslår att förskolan Solrosen byggs ut.',
    });
    const secret = await createDocument(secretary, bodyId, {
      title: 'Elevärende Tallbacken',
      secrecy: 'confidential',
      secrecyReference: 'OSL 23 kap. 2 §',
      text: 'Hemligt innehåll om familjen Xylofon.',
    });
    expect((await search('förskola')).map((r) => r.id)).toContain(open);
    expect((await search('Tallbacken')).map((r) => r.id)).toContain(secret);
    expect(await search('Xylofon')).toEqual([]);

    await secretary.delete(`/api/v1/documents/${open}`);
    expect((await search('Solrosen')).map((r) => r.id)).not.toContain(open);
  });

  it('indexes meetings, agenda items and decisions once published', async () => {
    const draft = await createMeeting(secretary, bodyId, {
      titles: ['Skolskjutsar Kvarnbyn'],
      publish: false,
    });
    expect(await search('Kvarnbyn')).toEqual([]);
    await secretary.post(`/api/v1/meetings/${draft.id}/publish`);
    const found = await search('Kvarnbyn');
    expect(found).toContainEqual(
      expect.objectContaining({ type: 'agendaItem', id: draft.itemIds[0] }),
    );
    await secretary.put(`/api/v1/meetings/${draft.id}/agenda-items/${draft.itemIds[0]}/decision`, {
      text: 'Nämnden beslutar om nya busslinjer till Ekbacken.',
      inAdvance: true,
    });
    expect(await search('busslinje')).toContainEqual(
      expect.objectContaining({ type: 'decision', id: draft.itemIds[0] }),
    );
  });
});
