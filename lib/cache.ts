import { unstable_cache } from 'next/cache';
import { BoundedCache } from '@/lib/bounded-cache';
import { isConnectionFailure, isDatabaseUnreachable } from '@/lib/database-health';
import { env, isBuildPhase, isNextRuntime } from '@/lib/env';
import { cacheLifetimeSeconds, readNextScheduledPublication } from '@/lib/schedule';

export { cacheTags } from '@/lib/cache-tags';

/** How long a cached public read lives without a publish revalidating it: one hour. */
export const PUBLIC_REVALIDATE_SECONDS = 3600;

/**
 * Wraps a public read in Next's data cache, keyed by its name and arguments and tagged so that
 * publishing revalidates it. Results must be JSON-serialisable (dates as ISO strings).
 * Outside the Next runtime (integration tests, scripts) the read runs directly.
 *
 * Nothing here reads the database before the cache is consulted: the lifetime comes from the schedule
 * this process last read (refreshed in the background), so a cached answer is served during a database
 * outage — Next's data cache returns a stale entry when refreshing it fails.
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: NoInfer<Args>) => string[],
  options: { visitorInput?: boolean; byAddress?: boolean; endsBy?: LifetimeEnd } = {},
): (...args: Args) => Promise<Result> {
  if (!isNextRuntime) return read;
  if (options.visitorInput) {
    return async (...args: Args) =>
      visitorInputAnswers().read(`${name}:${JSON.stringify(args)}`, tags(...args), () => read(...args), cappedLifetime(await publicCacheLifetime(), new Date(), options.endsBy));
  }
  const cached = options.byAddress ? refusingAbsent(read) : read;
  return async (...args: Args) => {
    const revalidate = cappedLifetime(await publicCacheLifetime(), new Date(), options.endsBy);
    try {
      return await unstable_cache(cached, [name], { tags: tags(...args), revalidate })(...args);
    } catch (error) {
      if (error instanceof AbsentRecord) return null as Result;
      throw error;
    }
  };
}

/**
 * When a read's answer stops being true whatever is saved (`endsBy: nextBakuMidnight` for who is
 * remembered today): the instant after `now` by which it must be read again.
 */
export type LifetimeEnd = (now: Date) => Date;

/**
 * A read's lifetime in seconds, cut short at its `endsBy` instant. Next gives a page the shortest
 * lifetime of the reads it made, so the pages showing such a read are rendered again at that instant,
 * and the shared caches' s-maxage (cache-handler.mjs) follows.
 */
export function cappedLifetime(lifetimeSeconds: number, now: Date, endsBy: LifetimeEnd | undefined): number {
  return endsBy ? cacheLifetimeSeconds(now, endsBy(now), lifetimeSeconds) : lifetimeSeconds;
}

/**
 * Thrown inside the data cache by a read by address (`byAddress: true`: a victim's, release's or
 * issuer's slug, an old slug) that found nothing. Next's data cache stores only what a read returns,
 * never what it throws, so an unknown address leaves no entry: a visitor asking for a million random
 * slugs would otherwise add a million entries that nothing evicts. The caller gets null, as before;
 * the next request for the address asks the database again, and the caching proxy keeps the 404.
 */
class AbsentRecord extends Error {
  constructor() {
    super('No public record at this address (not cached: an unknown address must not grow the data cache).');
  }
}

function refusingAbsent<Args extends unknown[], Result>(read: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const result = await read(...args);
    if (result === null || result === undefined) throw new AbsentRecord();
    return result;
  };
}

/**
 * Answers made from a visitor's input (`visitorInput: true`: a name search and its filters) are kept
 * in a bounded store of this process instead of Next's data cache, which would keep one entry per
 * distinct query on disk forever: at most 5 000 answers and 64 MiB, least recently used first out,
 * each fresh for five minutes (less when a scheduled record is due) and kept to answer during a
 * database outage for MEMORIAL_OUTAGE_SERVE_SECONDS (a day). One store per process, on globalThis,
 * because the pages and the server actions that forget its entries are separate bundles.
 */
export const VISITOR_INPUT_LIMITS = { maxEntries: 5000, maxBytes: 64 * 1024 * 1024, freshSeconds: 300 } as const;
const VISITOR_INPUT_KEY = Symbol.for('memorial.visitor-input-answers');

function visitorInputAnswers(): BoundedCache {
  const holder = globalThis as unknown as { [VISITOR_INPUT_KEY]?: BoundedCache };
  holder[VISITOR_INPUT_KEY] ??= new BoundedCache({
    ...VISITOR_INPUT_LIMITS,
    keepSeconds: env.MEMORIAL_OUTAGE_SERVE_SECONDS,
    databaseUnreachable: isDatabaseUnreachable,
    isConnectionFailure,
  });
  return holder[VISITOR_INPUT_KEY];
}

/** Called with the tags of every save: the visitor-input answers showing those records are forgotten. */
export function forgetVisitorInputAnswers(tags: string[]): void {
  visitorInputAnswers().forgetTags(tags);
}

/** The lifetime of a cached public read when the schedule is not known yet: one minute. */
export const UNKNOWN_SCHEDULE_LIFETIME_SECONDS = 60;

/** Seconds the current answer of a public read may be cached, from the last known schedule. */
async function publicCacheLifetime(): Promise<number> {
  const known = await knownNextScheduledPublication();
  if (known === undefined) return UNKNOWN_SCHEDULE_LIFETIME_SECONDS;
  return cacheLifetimeSeconds(new Date(), known ? new Date(known) : null, PUBLIC_REVALIDATE_SECONDS);
}

/**
 * The next scheduled publication, remembered in this process and refreshed in the background a
 * minute after it was read (or as soon as its time has come). It is deliberately not in Next's tagged
 * data cache: a tagged read would attach every content tag to every page, and then any edit anywhere
 * would expire every page. A save forgets it (forgetNextScheduledPublication). When the database
 * cannot be read, the last known value stays, and the read is retried after a few seconds.
 */
let nextScheduled: { iso: string | null; readAt: number } | null = null;
let scheduleRead: Promise<void> | null = null;
let lastScheduleAttemptAt = 0;
const NEXT_SCHEDULED_MEMORY_MS = 60_000;
const SCHEDULE_RETRY_MS = 5_000;

/**
 * Reads are numbered: one started before a save (which may not see what the save scheduled) is never
 * written over the memory once the save has asked for a new one.
 */
let scheduleReadsStarted = 0;
let scheduleReadsVoidedUpTo = 0;
/** The read a save started, which the first renders after the save wait for (briefly). */
let scheduleReadAfterSave: Promise<void> | null = null;
/** How long a render after a save waits for the schedule before it takes the unknown schedule's minute. */
const AFTER_SAVE_WAIT_MS = 1_000;

function readScheduleIntoMemory(): Promise<void> {
  const number = ++scheduleReadsStarted;
  return readNextScheduledPublication().then(
    (next) => {
      if (number <= scheduleReadsVoidedUpTo) return;
      nextScheduled = { iso: next?.toISOString() ?? null, readAt: Date.now() };
    },
    (error: unknown) => {
      console.warn('[cache] could not read the publication schedule; keeping the last known one', error);
    },
  );
}

function refreshNextScheduledPublication(): Promise<void> {
  scheduleRead ??= readScheduleIntoMemory().finally(() => {
    scheduleRead = null;
  });
  return scheduleRead;
}

/** The schedule as last read: an ISO time, null when nothing is scheduled, undefined when never read. */
async function knownNextScheduledPublication(): Promise<string | null | undefined> {
  // Right after a save the schedule is being read again: waiting a moment for it gives the pages
  // rendered next their true lifetime (an hour) instead of the unknown schedule's minute.
  if (scheduleReadAfterSave) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([scheduleReadAfterSave, new Promise((resolve) => (timer = setTimeout(resolve, AFTER_SAVE_WAIT_MS)))]);
    clearTimeout(timer);
  }
  const now = Date.now();
  const expired = !nextScheduled || now - nextScheduled.readAt > NEXT_SCHEDULED_MEMORY_MS || (nextScheduled.iso !== null && Date.parse(nextScheduled.iso) <= now);
  if (expired && now - lastScheduleAttemptAt > SCHEDULE_RETRY_MS) {
    lastScheduleAttemptAt = now;
    void refreshNextScheduledPublication();
  }
  // A build prerenders with the database at hand: its pages get their true lifetimes.
  if (isBuildPhase && scheduleRead) await scheduleRead;
  return nextScheduled?.iso;
}

/** Called after every save: a new schedule must shorten the lifetime of the pages rendered next, so it is read again at once. */
export function forgetNextScheduledPublication(): void {
  nextScheduled = null;
  scheduleReadsVoidedUpTo = scheduleReadsStarted;
  lastScheduleAttemptAt = Date.now();
  const read = readScheduleIntoMemory();
  scheduleReadAfterSave = read;
  void read.finally(() => {
    if (scheduleReadAfterSave === read) scheduleReadAfterSave = null;
  });
}
