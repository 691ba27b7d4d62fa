import { beforeAll, describe, expect, it } from 'vitest';
import { countReleasesByAnniversaryYear } from '@/lib/anniversaries/queries';
import { listTimelineEvents } from '@/lib/events/queries';
import { listFigures } from '@/lib/figures/queries';
import { getReleaseBySlug, listReleases } from '@/lib/releases/queries';
import { getVictimBySlug, listVictims } from '@/lib/victims/queries';
import { seed, seedData } from '@/prisma/seed';
import { db, resetDatabase } from '@/tests/helpers/database';

beforeAll(async () => {
  await resetDatabase();
  await seed(db);
});

describe('the public pages over the seeded content', () => {
  it('the figures page holds every figure of every source', async () => {
    const figures = await listFigures();
    expect(figures.map((figure) => figure.key).sort()).toEqual(seedData.figures.map((figure) => figure.key).sort());
    const releaseSourceKeys = new Set(seedData.sources.filter((source) => source.kind === 'RELEASE').map((source) => source.key));
    for (const release of releaseSourceKeys) {
      expect(figures.some((figure) => figure.source.key === release), `figures of ${release}`).toBe(true);
    }
  });

  it('only exact words are marked verbatim: every release figure, no summary of an external digest', async () => {
    const figures = await listFigures();
    for (const figure of figures) {
      if (figure.source.kind === 'RELEASE') expect(figure.quoteIsVerbatim, figure.key).toBe(true);
    }
    expect(figures.filter((figure) => !figure.quoteIsVerbatim).every((figure) => figure.source.kind === 'EXTERNAL')).toBe(true);
  });

  it('the timeline holds every event, each with a citation', async () => {
    const events = await listTimelineEvents();
    expect(events).toHaveLength(seedData.events.length);
    for (const event of events) expect(event.citations.length, event.slug).toBeGreaterThan(0);
  });

  it('the archive holds the five releases, each readable by its slug', async () => {
    const releases = await listReleases({});
    expect(releases).toHaveLength(5);
    for (const release of releases) expect((await getReleaseBySlug(release.slug))?.body.length).toBeGreaterThan(500);
    expect(await countReleasesByAnniversaryYear()).toEqual({ 2007: 1, 2009: 1, 2020: 1, 2021: 1, 2022: 1 });
  });

  // Changed with the public record: the list holds its published people too (not its two drafts),
  // and Larissa Mammadova's record carries the merged facts.
  it('the victims list holds the named records and the four unnamed people of the 2007 release', async () => {
    const { victims, total } = await listVictims({ q: undefined, page: 1 });
    const published = seedData.victims.filter((victim) => victim.status !== 'DRAFT');
    expect(total).toBe(published.length);
    expect(victims.filter((victim) => victim.nameLatin === null && victim.nameRussian === null)).toHaveLength(4);
    expect(victims.map((victim) => victim.slug)).not.toContain('elchin-mirzoyev');
    const larissa = await getVictimBySlug('larissa-mammadova');
    expect(larissa).toMatchObject({ age: 13, birthDate: null, deathDate: '1990-01-01', deathDatePrecision: 'MONTH', deathPlace: 'Baku', burialPlace: null });
    expect(larissa?.citations.length).toBeGreaterThan(0);
  });
});
