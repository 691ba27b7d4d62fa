import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { cacheTags } from '@/lib/cache-tags';
import { env } from '@/lib/env';
import { purgeSharedCaches } from '@/lib/purge';
import { PurgeThrottle } from '@/lib/carnations/purge-throttle';

const THROTTLE_KEY = Symbol.for('memorial.carnation-purge-throttle');

function throttle(): PurgeThrottle {
  // On globalThis: the route handler and any other bundle that lays carnations share one throttle.
  const holder = globalThis as unknown as { [THROTTLE_KEY]?: PurgeThrottle };
  holder[THROTTLE_KEY] ??= new PurgeThrottle(env.CARNATION_PURGE_MINUTES * 60_000);
  return holder[THROTTLE_KEY];
}

/**
 * Called in the request that laid a carnation: when the interval allows, expires the cached counts of
 * every subject that changed since the last purge — Next's entries at once, the shared caches after
 * the answer — so pages showing them are rendered anew; otherwise the subject waits its turn.
 */
export function carnationCountChanged(subject: string): void {
  const due = throttle().changed([cacheTags.carnations(subject)]);
  if (due.length === 0) return;
  for (const tag of due) revalidateTag(tag, { expire: 0 });
  after(() => purgeSharedCaches(due));
}
