import { describe, expect, it } from 'vitest';
import { groupFiguresByKind } from '@/lib/figures/grouping';
import { formatFigureValue } from '@/lib/figures/labels';

const figure = (kind: 'KILLED' | 'WOUNDED' | 'TROOPS', value: number | null, qualifier = 'EXACT', scope = 'NOT_STATED') => ({
  kind,
  value,
  qualifier,
  scope,
});

describe('groupFiguresByKind', () => {
  it('groups in display order and flags disagreement', () => {
    const groups = groupFiguresByKind([
      figure('TROOPS', 26000),
      figure('KILLED', 130, 'MORE_THAN'),
      figure('KILLED', 134),
      figure('WOUNDED', 744),
      figure('WOUNDED', 744),
    ]);
    expect(groups.map((group) => group.kind)).toEqual(['KILLED', 'WOUNDED', 'TROOPS']);
    expect(groups[0]?.sourcesDisagree).toBe(true);
    expect(groups[1]?.sourcesDisagree).toBe(false);
  });

  it('treats the same number over a different area as a disagreement to show', () => {
    const [group] = groupFiguresByKind([figure('KILLED', 130, 'EXACT', 'BAKU'), figure('KILLED', 130, 'EXACT', 'AZERBAIJAN')]);
    expect(group?.sourcesDisagree).toBe(true);
  });
});

describe('formatFigureValue', () => {
  it('puts the qualifier in words', () => {
    expect(formatFigureValue({ value: 130, qualifier: 'MORE_THAN' })).toBe('more than 130');
    expect(formatFigureValue({ value: 30000, qualifier: 'ABOUT' })).toBe('about 30,000');
    expect(formatFigureValue({ value: 131, qualifier: 'EXACT' })).toBe('131');
    expect(formatFigureValue({ value: null, qualifier: 'EXACT' })).toBeNull();
  });
});
