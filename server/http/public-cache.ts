// Public answers change only when something is written, and a crowd (a local news story sending
// everyone to the start page) asks the same few questions. Anonymous GETs of routes declared with
// `cache` are answered from memory, keyed by URL and by the generations of the command families
// they depend on: a write command bumps its family's generation on this node at once and on the
// other nodes through the adapter, so the next read after a write is fresh. Answers carry an ETag
// (304 on a match) and a short max-age for shared caches (the reverse proxy). Concurrent misses of
// one URL share one read. Entries also age out, in case another node's bump was lost.
import { createHash } from 'node:crypto';
import { GenerationCache } from '../cache';

export interface CachedAnswer {
  status: number;
  body: Buffer;
  etag: string;
}

/** Seconds a shared cache (the reverse proxy, a browser) may reuse a public answer. */
export const PUBLIC_MAX_AGE_S = 5;
const MAX_ENTRY_AGE_MS = 60_000;

export class PublicCache {
  private readonly generations = new Map<string, number>();
  private readonly answers = new GenerationCache<CachedAnswer>(5_000);

  /** A write of the family `scope` happened: its dependants are read anew. */
  bump(scope: string): void {
    this.generations.set(scope, (this.generations.get(scope) ?? 0) + 1);
  }

  private stamp(scopes: readonly string[]): string {
    const bucket = Math.floor(Date.now() / MAX_ENTRY_AGE_MS);
    return `${scopes.map((s) => this.generations.get(s) ?? 0).join('.')}|${bucket}`;
  }

  answer(url: string, scopes: readonly string[], load: () => Promise<CachedAnswer>) {
    return this.answers.get(url, this.stamp(scopes), load);
  }
}

/** The scope of a command: its family, the first part of its name (`meeting.publish` → `meeting`). */
export const scopeOf = (commandName: string) => commandName.split('.')[0]!;

export function cachedAnswer(status: number, json: unknown): CachedAnswer {
  const body = Buffer.from(JSON.stringify(json));
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { status, body, etag };
}
