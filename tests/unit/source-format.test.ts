import { describe, expect, it } from 'vitest';
import { formatPageReference } from '@/lib/sources/format';

describe('formatPageReference', () => {
  it('prefixes page numbers and ranges, and leaves words alone', () => {
    expect(formatPageReference('287')).toBe('p. 287');
    expect(formatPageReference('48-50')).toBe('pp. 48–50');
    expect(formatPageReference('48 – 50')).toBe('pp. 48–50');
    expect(formatPageReference('section 3')).toBe('section 3');
  });
});
