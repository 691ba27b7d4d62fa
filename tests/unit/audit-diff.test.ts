import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '@/lib/audit/diff';

describe('diffSnapshots', () => {
  it('lists only the fields that changed, leaving bookkeeping out', () => {
    expect(
      diffSnapshots(
        { id: 'a', version: 1, updatedAt: '2026-01-01', age: 13, nameLatin: 'A', citations: [{ quote: 'x' }] },
        { id: 'a', version: 2, updatedAt: '2026-01-02', age: 14, nameLatin: 'A', citations: [{ quote: 'y' }] },
      ),
    ).toEqual([
      { field: 'age', before: '13', after: '14' },
      { field: 'citations', before: expect.stringContaining('"x"'), after: expect.stringContaining('"y"') },
    ]);
  });

  it('treats a creation as every field going from nothing to its value', () => {
    expect(diffSnapshots(null, { nameLatin: 'A', age: null })).toEqual([{ field: 'nameLatin', before: '—', after: 'A' }]);
  });
});
