// The file name of a downloaded bundle, as `Content-Disposition` (ASCII fallback and UTF-8 form).
export function contentDispositionFor(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
