import { anniversaries } from './anniversaries';
import { events } from './events';
import { figures } from './figures';
import { organizations } from './organizations';
import { releases } from './releases';
import { sources } from './sources';
import { victims } from './victims';

/** All seed content, as plain data; prisma/seed.ts writes it and tests compare against it. */
export const seedData = { organizations, releases, sources, events, figures, victims, anniversaries };

export type SeedData = typeof seedData;
