// Small in-process caches for the parts of the index that are safe to remember: a record's
// indexed version never changes (a new version gets a new number), and everything else is
// remembered with the index generation it was read under (see generation.ts).
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
  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}

/** Remembers one value per key together with the generation it was read under. */
export class GenerationCache<V> {
  private readonly entries: LruCache<{ generation: string; value: Promise<V> }>;
  constructor(capacity: number) {
    this.entries = new LruCache(capacity);
  }
  /** The value read under `generation`; concurrent askers of one key share one read. */
  get(key: string, generation: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit?.generation === generation) return hit.value;
    const value = load();
    this.entries.set(key, { generation, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
