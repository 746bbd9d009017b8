// safeReturnTo: a table of values an attacker would put in returnTo / RelayState. Every one that
// could leave the site (also after normalisation) becomes the fallback; local paths survive in
// their normalised form.
import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

const PUBLIC_URL = 'https://motesplats.example.se';

describe('safeReturnTo', () => {
  it.each([
    // Normalises to a protocol-relative URL: the reason to check after normalising.
    ['/..//evil.example', '/'],
    ['/../..//evil.example/x', '/'],
    ['/a/..//evil.example', '/'],
    ['/.%2E//evil.example', '/'],
    ['/%2e%2e//evil.example', '/'],
    ['/./..//evil.example', '/'],
    // Protocol-relative and backslash forms.
    ['//evil.example', '/'],
    ['///evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\\/evil.example', '/'],
    ['\\\\evil.example', '/'],
    // Absolute URLs and schemes.
    ['https://evil.example/', '/'],
    ['http://motesplats.example.se/x', '/'],
    ['javascript:alert(1)', '/'],
    ['data:text/html,<script>alert(1)</script>', '/'],
    // Characters URL parsing would silently drop.
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['/ /evil.example', '/'],
    ['/%0a/x', '/%0a/x'],
    // The login routes themselves (a redirect loop, or a logout), also when normalised to them.
    ['/auth/logout', '/'],
    ['/x/../auth/saml/eid/login', '/'],
    ['/AUTH/logout', '/'],
    // Too long for a RelayState.
    [`/${'a'.repeat(100)}`, '/'],
    // Not a string, or empty.
    ['', '/'],
  ])('%j → %j', (value, expected) => {
    const result = safeReturnTo(value, PUBLIC_URL);
    expect(result).toBe(expected);
    expect(result.startsWith('//')).toBe(false);
  });

  it.each([
    ['/forslag', '/forslag'],
    ['/forslag?sida=2', '/forslag?sida=2'],
    ['/direkt/abc#fraga', '/direkt/abc#fraga'],
    ['/a/../mina-sidor', '/mina-sidor'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%5Cevil.example', '/%5Cevil.example'],
    ['/s%C3%B6k?q=sk%C3%B6la', '/s%C3%B6k?q=sk%C3%B6la'],
    ['/sök', '/s%C3%B6k'],
  ])('keeps the local path %j as %j', (value, expected) => {
    expect(safeReturnTo(value, PUBLIC_URL)).toBe(expected);
  });

  it('answers the fallback for what is not a string', () => {
    for (const value of [undefined, null, 42, ['/x'], { path: '/x' }]) {
      expect(safeReturnTo(value, PUBLIC_URL, '/mina-sidor')).toBe('/mina-sidor');
    }
  });
});
