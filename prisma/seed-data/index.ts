import { anniversaries } from './anniversaries';
import { events } from './events';
import { figures } from './figures';
import { organizations } from './organizations';
import { recordEvents } from './public-record/events';
import { recordFigures } from './public-record/figures';
import { recordSources } from './public-record/sources';
import { recordVictims } from './public-record/victims';
import { releases } from './releases';
import { sources } from './sources';
import { victims } from './victims';

/**
 * All seed content, as plain data; prisma/seed.ts writes it and tests compare against it. The public
 * record (public-record.md, with its own folder) adds its sources, people, figures and three events;
 * its Larissa Mammadova is the record of the same address in victims.ts, merged.
 */
const mergedVictims = [
  ...victims.map((victim) => recordVictims.find((merged) => merged.slug === victim.slug) ?? victim),
  ...recordVictims.filter((victim) => !victims.some((first) => first.slug === victim.slug)),
];

export const seedData = {
  organizations,
  releases,
  sources: [...sources, ...recordSources],
  events: [...events, ...recordEvents],
  figures: [...figures, ...recordFigures],
  victims: mergedVictims,
  anniversaries,
};

export type SeedData = typeof seedData;
