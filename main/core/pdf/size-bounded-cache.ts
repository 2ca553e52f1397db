/**
 * A map that keeps its entries up to a total size, dropping the least recently used first: the
 * export caches (converted blocks, measured text, deflated streams) each bound their memory so.
 */
export class SizeBoundedCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  /** `sizeOf`: an entry's share of `capacity` (characters of its key, bytes of its value…). */
  constructor(
    private readonly capacity: number,
    private readonly sizeOf: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last, so eviction takes the oldest first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` unless it alone is larger than the capacity. */
  set(key: string, value: V): void {
    const size = this.sizeOf(key, value);
    if (size > this.capacity) return;
    const old = this.entries.get(key);
    if (old) this.total -= old.size;
    this.entries.delete(key);
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.capacity) break;
      this.entries.delete(oldest);
      this.total -= entry.size;
    }
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
