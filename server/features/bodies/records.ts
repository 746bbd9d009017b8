// What hangs off a body (its meetings, its documents) belongs to other features. They register a
// check here, so a body is removed only while nothing in the records refers to it, without the
// bodies feature knowing their models.
type HasRecords = (bodyId: string) => Promise<boolean>;
const checks = new Map<string, HasRecords>();

/** `kind` names what is checked (e.g. `meetings`); a second registration replaces the first. */
export function registerBodyRecords(kind: string, check: HasRecords): void {
  checks.set(kind, check);
}

export async function bodyHasRecords(bodyId: string): Promise<boolean> {
  for (const check of checks.values()) if (await check(bodyId)) return true;
  return false;
}
