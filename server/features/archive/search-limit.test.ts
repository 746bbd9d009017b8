// Searching is limited per client address (LIMITS.search, generous: crowds share addresses),
// taken before the query is read: past the limit a search is 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { LIMITS } from '../../commands/limits';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('the per-address search limit', () => {
  it('429 with Retry-After once an address has searched its allowance in the window', async () => {
    const client = app.client();
    // Malformed searches count too (the limit comes before the query is parsed); they are cheap.
    const answers = await Promise.all(
      Array.from({ length: LIMITS.search.points }, () => client.get('/api/v1/search?q=')),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 400));
    const refused = await client.get('/api/v1/search?q=skola');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
