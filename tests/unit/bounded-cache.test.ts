import { describe, expect, it } from 'vitest';
import { BoundedCache, type BoundedCacheOptions } from '@/lib/bounded-cache';

class Unreachable extends Error {}

function cache(overrides: Partial<BoundedCacheOptions> = {}) {
  const clock = { now: 0, down: false };
  const store = new BoundedCache({
    maxEntries: 3,
    maxBytes: 10_000,
    freshSeconds: 60,
    keepSeconds: 600,
    databaseUnreachable: () => clock.down,
    isConnectionFailure: (error) => error instanceof Unreachable,
    now: () => clock.now,
    ...overrides,
  });
  return { store, clock };
}

const failing = () => Promise.reject(new Unreachable('the database cannot be reached'));

describe('the bounded store of answers made from visitors’ input', () => {
  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const { store } = cache();
    for (const key of ['a', 'b', 'c']) await store.read(key, [], async () => key);
    await store.read('a', [], async () => 'not read: fresh');
    await store.read('d', [], async () => 'd');
    expect(store.size).toBe(3);
    expect(await store.read('b', [], async () => 'b read again')).toBe('b read again');
    expect(await store.read('a', [], async () => 'not read')).toBe('a');
  });

  it('keeps at most maxBytes, and never stores one answer above a tenth of them', async () => {
    const { store } = cache({ maxEntries: 100, maxBytes: 1000 });
    for (let index = 0; index < 20; index += 1) await store.read(`k${index}`, [], async () => 'x'.repeat(90));
    expect(store.totalBytes).toBeLessThanOrEqual(1000);
    await store.read('big', [], async () => 'x'.repeat(200));
    expect(await store.read('big', [], async () => 'read again')).toBe('read again');
  });

  it('serves a stale answer while the database cannot be reached, up to keepSeconds', async () => {
    const { store, clock } = cache();
    await store.read('q', [], async () => 'answer');
    clock.now = 120_000;
    expect(await store.read('q', [], failing)).toBe('answer');
    clock.down = true;
    expect(await store.read('q', [], async () => 'not asked while down')).toBe('answer');
    clock.now = 601_000;
    await expect(store.read('q', [], failing)).rejects.toThrow(Unreachable);
  });

  it('refreshes a stale answer when the database answers, and passes a query error on', async () => {
    const { store, clock } = cache();
    await store.read('q', [], async () => 'old');
    clock.now = 61_000;
    expect(await store.read('q', [], async () => 'new')).toBe('new');
    clock.now = 200_000;
    await expect(store.read('q', [], () => Promise.reject(new Error('a bug')))).rejects.toThrow('a bug');
  });

  it('forgets the entries of the tags a publish touched', async () => {
    const { store } = cache();
    await store.read('victims', ['victims'], async () => 'list');
    await store.read('release', ['releases'], async () => 'release');
    store.forgetTags(['victims']);
    expect(await store.read('victims', ['victims'], async () => 'new list')).toBe('new list');
    expect(await store.read('release', ['releases'], async () => 'not read')).toBe('release');
  });
});
