/**
 * Collects the tags of counts that changed and lets them be purged at most once per interval: the
 * first change after a quiet interval is purged at once, later ones wait for the next change after
 * the interval has passed (or for the cached page's own lifetime to end). Per process; the clock is
 * injected so that tests need no waiting.
 */
export class PurgeThrottle {
  private pending = new Set<string>();
  private lastPurgeAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Notes that the tags changed; returns every tag to purge now (empty while within the interval). */
  changed(tags: string[]): string[] {
    for (const tag of tags) this.pending.add(tag);
    const now = this.clock();
    if (now - this.lastPurgeAt < this.intervalMs) return [];
    this.lastPurgeAt = now;
    const due = [...this.pending];
    this.pending.clear();
    return due;
  }

  /** The tags waiting for the interval to pass. */
  waiting(): string[] {
    return [...this.pending];
  }
}
