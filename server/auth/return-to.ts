// Where to send the browser after login: only a path on our own site, never an absolute or
// protocol-relative URL (open redirect). The value is normalised first and the normalised form is
// what is checked and returned: `/..//evil.example` normalises to `//evil.example`.
const MAX_LENGTH = 80; // SAML RelayState is limited to 80 bytes.

function hasControlCharacter(value: string): boolean {
  for (const char of value)
    if (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) return true;
  return false;
}

/** A path that a browser resolves on our own origin, and that is not one of the login routes. */
function isLocalPath(path: string): boolean {
  return (
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.includes('\\') &&
    // Express matches routes case-insensitively.
    !path.toLowerCase().startsWith('/auth/')
  );
}

export function safeReturnTo(value: unknown, publicUrl: string, fallback = '/'): string {
  if (typeof value !== 'string' || value === '') return fallback;
  // URL parsing drops tabs and newlines and reads `\` as `/`: such values are refused outright.
  if (!value.startsWith('/') || /[\\\s]/.test(value) || hasControlCharacter(value)) {
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
  if (!isLocalPath(path) || Buffer.byteLength(path) > MAX_LENGTH) return fallback;
  return path;
}
