// A big thread: thousands of comments inserted directly, paged 50 at a time in every order.
// (Its own file and database, so the other comment tests do not run against a big collection.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { Comment } from './model';
import { createTestSubject, registerTestSubjects } from '../../../test/helpers/comments';

let app: TestApp;
const bodyId = new mongoose.Types.ObjectId().toString();

beforeAll(async () => {
  app = await startTestApp();
  registerTestSubjects('agendaItem');
});
afterAll(async () => {
  await app?.close();
});

const thread = (id: string) => `/api/v1/agenda-items/${id}/comments`;

describe('a thread of thousands', () => {
  it('declares indexes on subject + sort keys', async () => {
    const indexes = await Comment.collection.indexes();
    const keys = indexes.map((i) => Object.keys(i.key).join(','));
    expect(keys).toContain('subjectType,subjectId,parentId,published,createdAt,_id');
    expect(keys).toContain('subjectType,subjectId,parentId,published,agreeCount,_id');
    expect(keys).toContain('rootId,createdAt');
  });

  it('pages a thread of thousands 50 at a time in every order, fast', async () => {
    const subject = await createTestSubject({ bodyId });
    const authorId = new mongoose.Types.ObjectId().toString();
    const start = Date.now() - 10 * 24 * 3600_000;
    const docs = Array.from({ length: 3_000 }, (_, i) => {
      const _id = new mongoose.Types.ObjectId();
      return {
        _id,
        subjectType: 'agendaItem',
        subjectId: subject,
        bodyId,
        authorId,
        body: `k${i}`,
        parentId: null,
        rootId: String(_id),
        depth: 0,
        state: 'visible',
        published: true,
        agreeCount: i % 7,
        createdAt: new Date(start + i * 1000),
        updatedAt: new Date(start + i * 1000),
      };
    });
    await Comment.insertMany(docs, { lean: true });
    const client = app.client();
    const first = await client.get(thread(subject));
    expect(first.body.total).toBe(3_000);
    expect(first.body.data).toHaveLength(50);
    expect(first.body.data[0].body).toBe('k0');
    expect(first.body.data[0].author.displayName).toBe('Tidigare användare');

    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    const began = Date.now();
    // The test database (FerretDB on SQLite) pushes down only _id equality and scans the
    // collection otherwise; MongoDB uses the indexes above. The bound here only catches a page
    // that would load the whole thread (cursor paging keeps deep pages as cheap as the first).
    do {
      const res: {
        body: { data: Array<{ id: string; body: string }>; nextCursor: string | null };
      } = await client.get(`${thread(subject)}${cursor ? `?cursor=${cursor}` : ''}`);
      for (const c of res.body.data) seen.add(c.id);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 6);
    expect(seen.size).toBe(300);
    expect((Date.now() - began) / pages).toBeLessThan(6_000);

    const newest = await client.get(`${thread(subject)}?sort=newest`);
    expect(newest.body.data[0].body).toBe('k2999');
    const second = await client.get(
      `${thread(subject)}?sort=newest&cursor=${newest.body.nextCursor}`,
    );
    expect(second.body.data[0].body).toBe('k2949');
    const agreed = await client.get(`${thread(subject)}?sort=agreed`);
    expect(agreed.body.data[0].agreeCount).toBe(6);
    expect(agreed.body.data[0].body).toBe('k6');
    const agreed2 = await client.get(
      `${thread(subject)}?sort=agreed&cursor=${agreed.body.nextCursor}`,
    );
    const ids = new Set(agreed.body.data.map((c: { id: string }) => c.id));
    expect(agreed2.body.data.some((c: { id: string }) => ids.has(c.id))).toBe(false);
  });
});
