// Private notes over real HTTP (issue 17): 401 → 400 → 404 → the author's own notes; nobody else
// sees or removes them; an anchor survives a new version of the text (in place / moved / may have
// moved); the notes are in the person's export, gone with their identity, and never in search or
// the audit entry's fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';
import { AuditEntry } from '../../audit/model';
import { RecordDocument } from '../documents/model';
import { Note } from './model';

let app: TestApp;
let documentId: string;
let itemId: string;
let author: { client: HttpClient; id: string };
let other: HttpClient;

beforeAll(async () => {
  app = await startTestApp();
  const bodyId = await makeBody('Kommunstyrelsen');
  const secretary = (await secretaryOf(app, bodyId)).client;
  documentId = await createDocument(secretary, bodyId, {
    text: 'Inledning om förskolan.\nFörvaltningen föreslår två nya avdelningar.\nAvslutning.',
  });
  itemId = (await createMeeting(secretary, bodyId)).itemIds[0]!;
  const a = await signedInUser(app);
  author = { client: a.client, id: a.id };
  other = (await signedInUser(app)).client;
});
afterAll(async () => {
  await app.close();
});

const SECRET = 'Fråga om hyreskostnaden zebrafink';

describe('private notes', () => {
  it('401, 400, 404', async () => {
    const path = `/api/v1/documents/${documentId}/notes`;
    expect((await app.client().get(path)).status).toBe(401);
    expect((await app.client().post(path, { text: 'x' })).status).toBe(401);
    expect((await author.client.post(path, { text: '' })).status).toBe(400);
    expect((await author.client.post(path, { text: 'x', anchor: { page: 0 } })).status).toBe(400);
    expect(
      (await author.client.post('/api/v1/documents/0123456789abcdef01234567/notes', { text: 'x' }))
        .status,
    ).toBe(404);
  });

  it('the author finds her note again; another person never sees or removes it', async () => {
    const path = `/api/v1/documents/${documentId}/notes`;
    const created = await author.client.post(path, {
      text: SECRET,
      anchor: { paragraph: 1, quote: 'Förvaltningen föreslår två nya' },
    });
    expect(created.status).toBe(201);
    const list = await author.client.get(path);
    expect(list.body.data).toEqual([
      expect.objectContaining({ text: SECRET, anchorState: 'in_place' }),
    ]);
    expect((await other.get(path)).body.data).toEqual([]);
    expect((await other.delete(`/api/v1/notes/${created.body.data.id}`)).status).toBe(404);
    const item = await author.client.post(`/api/v1/agenda-items/${itemId}/notes`, {
      text: 'Ta upp i gruppen',
    });
    expect(item.status).toBe(201);
    expect((await other.get(`/api/v1/agenda-items/${itemId}/notes`)).body.data).toEqual([]);
    // Not in search, and the audit entry names the note only.
    const search = await app.client().get('/api/v1/search?q=zebrafink');
    expect(JSON.stringify(search.body)).not.toContain('zebrafink');
    const audit = await AuditEntry.find({ action: 'note.create' }).lean();
    expect(JSON.stringify(audit)).not.toContain('zebrafink');
  });

  it('survives a new version: moved, then "may have moved" when the paragraph is gone', async () => {
    const path = `/api/v1/documents/${documentId}/notes`;
    await RecordDocument.updateOne(
      { _id: documentId },
      { text: 'Ny inledning.\nBakgrund.\nFörvaltningen föreslår två nya avdelningar.' },
    );
    expect((await author.client.get(path)).body.data[0].anchorState).toBe('moved');
    await RecordDocument.updateOne({ _id: documentId }, { text: 'Helt omskriven text.' });
    const changed = (await author.client.get(path)).body.data[0];
    expect(changed).toMatchObject({ text: SECRET, anchorState: 'changed' });
  });

  it('is in the export and erased with the identity', async () => {
    const exported = await author.client.get('/api/v1/me/export');
    expect(JSON.stringify(exported.body)).toContain(SECRET);
    expect((await author.client.delete('/api/v1/me')).status).toBeLessThan(300);
    expect(await Note.countDocuments({ userId: author.id })).toBe(0);
  });
});
