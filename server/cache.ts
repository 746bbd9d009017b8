// In-process caches. LruCache bounds memory; SharedLoads makes concurrent askers of one key share
// a single load and forgets a failed one; GenerationCache and TtlCache say when a remembered value
// may still be used (same index generation; younger than a time to live).
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;
  /** Holds at most `capacity` units of `weigh` (by default: entries). */
  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry?.value;
  }
  set(key: string, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    if (weight > this.capacity) return;
    this.entries.set(key, { value, weight });
    this.total += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.capacity) break;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
  }
  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.weight;
  }
}

/** Values loaded once per key and shared by concurrent askers, each with a stamp to judge it by. */
class SharedLoads<V, S> {
  private readonly entries: LruCache<{ stamp: S; value: Promise<V> }>;
  constructor(capacity: number) {
    this.entries = new LruCache(capacity);
  }
  get(key: string, usable: (stamp: S) => boolean, stamp: S, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && usable(hit.stamp)) return hit.value;
    const value = load();
    this.entries.set(key, { stamp, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
  set(key: string, stamp: S, value: V): void {
    this.entries.set(key, { stamp, value: Promise.resolve(value) });
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

/** Remembers one value per key together with the generation it was read under. */
export class GenerationCache<V> {
  private readonly loads: SharedLoads<V, string>;
  constructor(capacity: number) {
    this.loads = new SharedLoads(capacity);
  }
  /** The value read under `generation`; concurrent askers of one key share one read. */
  get(key: string, generation: string, load: () => Promise<V>): Promise<V> {
    return this.loads.get(key, (stamp) => stamp === generation, generation, load);
  }
}

/** Remembers one value per key for `ttlMs`; concurrent askers of one key share one load. */
export class TtlCache<V> {
  private readonly loads: SharedLoads<V, number>;
  constructor(
    private readonly ttlMs: number,
    capacity: number,
  ) {
    this.loads = new SharedLoads(capacity);
  }
  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    return this.loads.get(key, (at) => now - at < this.ttlMs, now, load);
  }
  /** A value known to be current (just written): remembered as if just loaded. */
  set(key: string, value: V): void {
    this.loads.set(key, Date.now(), value);
  }
  delete(key: string): void {
    this.loads.delete(key);
  }
}
