// Uploads are limited per client address (LIMITS.upload), taken before the multipart body is read:
// past the limit a registration is 429 with Retry-After and nothing is stored. Refusals of people
// who may register no document at all come first and do not use the address's allowance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { makeBody, multipart, secretaryOf } from '../../../test/helpers/records';
import { LIMITS } from '../../commands/limits';
import { countStoredFiles } from './storage';
import { buildPdf } from './sample-files';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('the per-address upload limit', () => {
  it('429 with Retry-After past the limit, before the body is read; nothing stored', async () => {
    const bodyId = await makeBody('Samhällsbyggnadsnämnden');
    const { client: secretary } = await secretaryOf(app, bodyId);
    const { client: citizen } = await signedInUser(app);
    // Refused before the limit: these take nothing from the address's allowance.
    for (let i = 0; i < 5; i++) {
      expect((await citizen.post('/api/v1/documents', {})).status).toBe(403);
    }
    // Each registration counts, whether or not its metadata is valid.
    for (let i = 0; i < LIMITS.upload.points; i++) {
      expect((await secretary.post('/api/v1/documents', { title: '' })).status).toBe(400);
    }
    const before = await countStoredFiles();
    const upload = multipart(
      {
        title: 'Detaljplan',
        kind: 'tjansteskrivelse',
        bodyId,
        date: '2026-10-20',
        secrecy: 'public',
      },
      { name: 'plan.pdf', type: 'application/pdf', data: buildPdf(['Detaljplan']) },
    );
    const refused = await secretary.request('POST', '/api/v1/documents', upload);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await countStoredFiles()).toEqual(before);
  });
});
