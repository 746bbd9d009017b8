// Placeholder until the Swedish token index lands: keeps the indexing API stable for callers.
import type { SearchableRecord, SearchableType } from './index';

export async function indexRecord(_record: SearchableRecord): Promise<void> {}
export async function removeRecord(_type: SearchableType, _id: string): Promise<void> {}
