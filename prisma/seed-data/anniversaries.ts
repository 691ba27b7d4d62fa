import type { SeedAnniversary } from './types';

/**
 * The anniversaries for which the archive holds a release. Title and introduction are left for
 * curators to write; releases attach to an anniversary through their anniversaryYear.
 */
export const anniversaries: SeedAnniversary[] = [2007, 2009, 2020, 2021, 2022].map((year) => ({
  year,
  title: null,
  introduction: null,
}));
