import { describe, expect, it } from 'vitest';
import { cacheLifetimeSeconds } from '@/lib/schedule';

describe('cacheLifetimeSeconds', () => {
  const now = new Date('2027-01-19T19:00:00Z');

  it('is the maximum when nothing is scheduled', () => {
    expect(cacheLifetimeSeconds(now, null, 3600)).toBe(3600);
  });

  it('ends at the next scheduled publication when that comes sooner', () => {
    // 20 January 2027 00:00 in Baku is 19 January 20:00 UTC: one hour after `now`, minus 15 minutes here.
    expect(cacheLifetimeSeconds(now, new Date('2027-01-19T19:45:00Z'), 3600)).toBe(2700);
  });

  it('never exceeds the maximum and never reaches zero', () => {
    expect(cacheLifetimeSeconds(now, new Date('2027-02-01T00:00:00Z'), 3600)).toBe(3600);
    expect(cacheLifetimeSeconds(now, new Date('2027-01-19T18:59:59Z'), 3600)).toBe(1);
  });
});
