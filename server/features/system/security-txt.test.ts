// /.well-known/security.txt as RFC 9116 asks: Contact from SECURITY_CONTACT, Expires within a year,
// Canonical at PUBLIC_URL, plain UTF-8 text. (404 without SECURITY_CONTACT: system.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { securityTxt } from './security-txt';

const CONTACT = 'mailto:security@sodertalje.example';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ SECURITY_CONTACT: CONTACT });
});
afterAll(async () => {
  await app?.close();
});

/** RFC 9116 fields as name -> values. */
function fields(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
    const match = /^([A-Za-z-]+): (.+)$/.exec(line);
    expect(match, line).not.toBeNull();
    map.set(match![1]!, [...(map.get(match![1]!) ?? []), match![2]!]);
  }
  return map;
}

describe('GET /.well-known/security.txt', () => {
  it('answers RFC 9116 text with the configured contact', async () => {
    const before = Date.now();
    const res = await app.client().get('/.well-known/security.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const f = fields(res.text);
    expect(f.get('Contact')).toEqual([CONTACT]);
    expect(f.get('Preferred-Languages')).toEqual(['sv, en']);
    expect(f.get('Canonical')).toEqual([`${app.url}/.well-known/security.txt`]);
    // Expires: exactly once, an RFC 3339 UTC time, in the future, no more than a year ahead.
    expect(f.get('Expires')).toHaveLength(1);
    const expires = f.get('Expires')![0]!;
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const ahead = Date.parse(expires) - before;
    expect(ahead).toBeGreaterThan(364 * 24 * 3600_000);
    expect(ahead).toBeLessThanOrEqual(365 * 24 * 3600_000);
  });

  it('is served at the root, not as the client shell, whatever the client accepts', async () => {
    const res = await app.client().get('/.well-known/security.txt', {
      headers: { accept: 'text/html' },
    });
    expect(res.text).toMatch(/^Contact: /);
  });

  it('takes an https contact as well', () => {
    const text = securityTxt(
      { securityContact: 'https://kommun.example/sakerhet', publicUrl: 'https://m.example' },
      new Date('2027-03-01T10:00:00.123Z'),
    );
    expect(text).toBe(
      [
        'Contact: https://kommun.example/sakerhet',
        'Expires: 2028-02-29T10:00:00Z',
        'Preferred-Languages: sv, en',
        'Canonical: https://m.example/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });
});
