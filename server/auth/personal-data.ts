// GDPR export: each feature registers what it stores about a person; GET /api/v1/me/export
// collects them all. Erasure pseudonymises what the person wrote for others (authors are resolved
// at presentation time, see authors.ts); what exists for the person alone (private notes, read
// marks) is removed by the hooks features register here.
type Exporter = (userId: string) => Promise<unknown>;
const exporters = new Map<string, Exporter>();
type Eraser = (userId: string) => Promise<void>;
const erasers = new Map<string, Eraser>();

/** Removes, when the person erases their identity, what was theirs alone. */
export function registerErasure(section: string, eraser: Eraser): void {
  erasers.set(section, eraser);
}

export async function erasePersonalData(userId: string): Promise<void> {
  for (const eraser of erasers.values()) await eraser(userId);
}

export function registerPersonalData(section: string, exporter: Exporter): void {
  exporters.set(section, exporter);
}

export async function collectPersonalData(userId: string): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const [section, exporter] of exporters) result[section] = await exporter(userId);
  return result;
}
