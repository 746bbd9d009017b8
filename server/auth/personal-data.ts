// GDPR export: each feature registers what it stores about a person; GET /api/v1/me/export
// collects them all. (Erasure needs no hooks: authors are resolved at presentation time, see
// authors.ts, so erasing the user pseudonymises everything they wrote.)
type Exporter = (userId: string) => Promise<unknown>;
const exporters = new Map<string, Exporter>();

export function registerPersonalData(section: string, exporter: Exporter): void {
  exporters.set(section, exporter);
}

export async function collectPersonalData(userId: string): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const [section, exporter] of exporters) result[section] = await exporter(userId);
  return result;
}
