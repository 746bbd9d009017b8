// Where to send the browser after login: only a path on our own site, never an absolute or
// protocol-relative URL (open redirect).
const MAX_LENGTH = 80; // SAML RelayState is limited to 80 bytes.

function hasControlCharacter(value: string): boolean {
  for (const char of value)
    if (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) return true;
  return false;
}

export function safeReturnTo(value: unknown, publicUrl: string, fallback = '/'): string {
  if (typeof value !== 'string' || value === '') return fallback;
  if (
    !value.startsWith('/') ||
    value.startsWith('//') ||
    /[\\\s]/.test(value) ||
    hasControlCharacter(value)
  ) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, publicUrl);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(publicUrl).origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith('/auth/') || Buffer.byteLength(path) > MAX_LENGTH) return fallback;
  return path;
}
