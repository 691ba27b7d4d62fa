/**
 * A bounded in-process store for answers made from a visitor's input (name searches and filters),
 * which Next's data cache would keep on disk forever, one entry per distinct query. Least recently
 * used entries go first once either cap is reached; an entry is fresh for `freshSeconds` and kept,
 * stale, for `keepSeconds` after it was read from the database, so that a search seen before is still
 * answered while the database is unreachable. A publish forgets the entries of the tags it touched.
 */
export type BoundedCacheOptions = {
  /** Most entries kept. */
  maxEntries: number;
  /** Most bytes kept, counted as the length of each value's JSON. */
  maxBytes: number;
  /** Seconds an entry is served without asking the database again. */
  freshSeconds: number;
  /** Seconds an entry is kept at most, to answer when the database cannot. */
  keepSeconds: number;
  /** True while the database is known to be unreachable: a stale entry is then served at once. */
  databaseUnreachable: () => boolean;
  /** True when an error means the database could not be reached (not a bug in the query). */
  isConnectionFailure: (error: unknown) => boolean;
  now?: () => number;
};

type Entry = { value: unknown; bytes: number; tags: string[]; readAt: number };

export class BoundedCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly options: BoundedCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private store(key: string, value: unknown, tags: string[]): void {
    this.remove(key);
    const bytes = JSON.stringify(value)?.length ?? 0;
    // One answer may not take more than a tenth of the store.
    if (bytes > this.options.maxBytes / 10) return;
    this.entries.set(key, { value, bytes, tags, readAt: this.now() });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.remove(oldest);
    }
  }

  /**
   * The cached answer for `key`, or `load()`'s: fresh entries are served as they are; a stale one is
   * refreshed (`freshSeconds` may shorten the freshness, for a scheduled record), and served as it is when the database cannot be reached (at once when it is known to be
   * down); past `keepSeconds` an entry is gone.
   */
  async read<T>(key: string, tags: string[], load: () => Promise<T>, freshSeconds = this.options.freshSeconds): Promise<T> {
    const entry = this.entries.get(key);
    const age = entry ? (this.now() - entry.readAt) / 1000 : Infinity;
    if (entry && age > this.options.keepSeconds) this.remove(key);
    const usable = entry && age <= this.options.keepSeconds ? entry : undefined;
    if (usable) {
      // Most recently used: to the end of the map's order.
      this.entries.delete(key);
      this.entries.set(key, usable);
      if (age <= Math.min(freshSeconds, this.options.freshSeconds) || this.options.databaseUnreachable()) return usable.value as T;
    }
    try {
      const value = await load();
      this.store(key, value, tags);
      return value;
    } catch (error) {
      if (usable && this.options.isConnectionFailure(error)) return usable.value as T;
      throw error;
    }
  }

  /** Forgets every entry that shows a record of these tags. */
  forgetTags(tags: string[]): void {
    const forgotten = new Set(tags);
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => forgotten.has(tag))) this.remove(key);
  }
}
