import { beforeEach, describe, expect, it } from 'vitest';
import { countReleasesByAnniversaryYear, getAnniversariesLastUpdated, getAnniversaryRecord } from '@/lib/anniversaries/queries';
import { db } from '@/lib/db';
import { listTimelineEvents } from '@/lib/events/queries';
import { listFigures } from '@/lib/figures/queries';
import { getReleaseBySlug, listReleaseFilterOptions, listReleases, listReleasesForAnniversary } from '@/lib/releases/queries';
import { getVictimBySlug, listVictimPlaces, listVictims } from '@/lib/victims/queries';
import { resetDatabase } from '@/tests/helpers/database';
import {
  createEvent,
  createExternalSource,
  createFigure,
  createOrganization,
  createRelease,
  createVictim,
  DELETED,
  DRAFT,
  SCHEDULED,
} from '@/tests/helpers/factories';

const search = (overrides: Partial<Parameters<typeof listVictims>[0]> = {}) => ({ q: undefined, page: 1, ...overrides });

beforeEach(async () => {
  await resetDatabase();
});

describe('public queries never return drafts, scheduled or deleted rows', () => {
  it('timeline events', async () => {
    const source = await createExternalSource();
    const visible = await createEvent(source.id, { title: 'Visible' });
    await createEvent(source.id, { title: 'Draft', ...DRAFT });
    await createEvent(source.id, { title: 'Scheduled', ...SCHEDULED() });
    await createEvent(source.id, { title: 'Deleted', ...DELETED() });
    const events = await listTimelineEvents();
    expect(events.map((event) => event.slug)).toEqual([visible.slug]);
  });

  it('releases, in the list and by slug', async () => {
    const { release: visible } = await createRelease();
    const { release: draft } = await createRelease(DRAFT);
    const { release: scheduled } = await createRelease(SCHEDULED());
    const { release: deleted } = await createRelease(DELETED());
    expect((await listReleases({})).map((release) => release.slug)).toEqual([visible.slug]);
    expect(await getReleaseBySlug(visible.slug)).not.toBeNull();
    for (const hidden of [draft, scheduled, deleted]) expect(await getReleaseBySlug(hidden.slug)).toBeNull();
  });

  it('a release whose issuer is a draft does not name it', async () => {
    const organization = await createOrganization(DRAFT);
    const { release } = await createRelease({ organizationId: organization.id });
    expect(await getReleaseBySlug(release.slug)).toBeNull();
    expect(await listReleases({})).toEqual([]);
  });

  it('figures, including figures whose source is not public', async () => {
    const source = await createExternalSource();
    const draftSource = await createExternalSource(DRAFT);
    const visible = await createFigure(source.id, { value: 131 });
    await createFigure(source.id, { value: 134, ...DRAFT });
    await createFigure(source.id, { value: 147, ...DELETED() });
    await createFigure(draftSource.id, { value: 170 });
    expect((await listFigures()).map((figure) => figure.key)).toEqual([visible.key]);
  });

  it('victims, in the list and by slug', async () => {
    const source = await createExternalSource();
    const visible = await createVictim(source.id, { nameLatin: 'Visible Person' });
    const draft = await createVictim(source.id, { nameLatin: 'Draft Person', ...DRAFT });
    const deleted = await createVictim(source.id, { nameLatin: 'Deleted Person', ...DELETED() });
    const result = await listVictims(search());
    expect(result.victims.map((victim) => victim.slug)).toEqual([visible.slug]);
    expect(result.total).toBe(1);
    expect(await getVictimBySlug(visible.slug)).not.toBeNull();
    expect(await getVictimBySlug(draft.slug)).toBeNull();
    expect(await getVictimBySlug(deleted.slug)).toBeNull();
  });

  it('citations of a draft source are left out of a public record', async () => {
    const publicSource = await createExternalSource({ title: 'Public document' });
    const draftSource = await createExternalSource({ title: 'Draft document', ...DRAFT });
    const victim = await createVictim(publicSource.id);
    await db.citation.create({ data: { sourceId: draftSource.id, victimId: victim.id, quote: 'unpublished' } });
    const detail = await getVictimBySlug(victim.slug);
    expect(detail?.citations.map((citation) => citation.source.title)).toEqual(['Public document']);
  });

  it('anniversary records', async () => {
    await db.anniversary.create({ data: { year: 2020, status: 'PUBLISHED', title: 'Thirty years' } });
    await db.anniversary.create({ data: { year: 2021, status: 'DRAFT', title: 'Draft' } });
    expect((await getAnniversaryRecord(2020))?.title).toBe('Thirty years');
    expect(await getAnniversaryRecord(2021)).toBeNull();
  });
});

describe('listTimelineEvents', () => {
  it('orders by date and limits to a range', async () => {
    const source = await createExternalSource();
    const later = await createEvent(source.id, { date: new Date('1991-10-18T00:00:00Z') });
    const earlier = await createEvent(source.id, { date: new Date('1988-01-01T00:00:00Z'), datePrecision: 'YEAR' });
    const inRange = await createEvent(source.id, { date: new Date('1990-01-20T00:00:00Z') });
    expect((await listTimelineEvents()).map((event) => event.slug)).toEqual([earlier.slug, inRange.slug, later.slug]);
    expect((await listTimelineEvents({ from: '1990-01-19', to: '1990-01-22' })).map((event) => event.slug)).toEqual([inRange.slug]);
  });

  it('returns each citation with its quote and source, a release linking to its page', async () => {
    const { release, source } = await createRelease({ title: 'Anniversary release' });
    await createEvent(source.id, {}, 'Soviet troops attacked Baku');
    const [event] = await listTimelineEvents();
    expect(event?.citations).toEqual([
      expect.objectContaining({ quote: 'Soviet troops attacked Baku', source: expect.objectContaining({ title: 'Anniversary release', releaseSlug: release.slug, kind: 'RELEASE' }) }),
    ]);
  });
});

describe('listReleases filters', () => {
  it('by year, by issuer and unattributed', async () => {
    const embassy = await createOrganization({ slug: 'embassy-a', name: 'Embassy A' });
    const { release: r2007 } = await createRelease({ issuedOn: new Date('2007-01-18T00:00:00Z'), organizationId: embassy.id });
    const { release: r2021 } = await createRelease({ issuedOn: new Date('2021-01-21T00:00:00Z') });
    const { release: r2022 } = await createRelease({ issuedOn: new Date('2022-01-20T00:00:00Z') });
    expect((await listReleases({})).map((release) => release.slug)).toEqual([r2022.slug, r2021.slug, r2007.slug]);
    expect((await listReleases({ year: 2021 })).map((release) => release.slug)).toEqual([r2021.slug]);
    expect((await listReleases({ issuer: 'embassy-a' })).map((release) => release.slug)).toEqual([r2007.slug]);
    expect((await listReleases({ issuer: 'unattributed' })).map((release) => release.slug)).toEqual([r2022.slug, r2021.slug]);
    expect(await listReleases({ issuer: 'no-such-issuer' })).toEqual([]);
    expect(await listReleaseFilterOptions()).toEqual({
      years: [2022, 2021, 2007],
      issuers: [{ slug: 'embassy-a', name: 'Embassy A' }],
      hasUnattributed: true,
    });
  });

  it('by anniversary year, with counts', async () => {
    await createRelease({ anniversaryYear: 2020 });
    await createRelease({ anniversaryYear: 2020 });
    await createRelease({ anniversaryYear: 2021, ...DRAFT });
    expect(await listReleasesForAnniversary(2020)).toHaveLength(2);
    expect(await listReleasesForAnniversary(2021)).toHaveLength(0);
    expect(await countReleasesByAnniversaryYear()).toEqual({ 2020: 2 });
  });
});

describe('listVictims search and filters', () => {
  it('finds a name in any recorded form, ignoring case', async () => {
    const source = await createExternalSource();
    const larissa = await createVictim(source.id, { nameLatin: 'Larissa Mammadova', age: 13, deathPlace: 'Baku' });
    const other = await createVictim(source.id, { nameCyrillic: 'Тест Тестов', age: 40 });
    await createVictim(source.id, { description: 'a 7-year old boy', age: 7 });
    const slugs = async (overrides: Parameters<typeof search>[0]) => (await listVictims(search(overrides))).victims.map((victim) => victim.slug);
    expect(await slugs({ q: 'mammadova' })).toEqual([larissa.slug]);
    expect(await slugs({ q: 'тестов' })).toEqual([other.slug]);
    expect(await slugs({ q: 'nobody' })).toEqual([]);
    expect(await slugs({ place: 'Baku' })).toEqual([larissa.slug]);
    expect(await slugs({ ageMin: 10, ageMax: 20 })).toEqual([larissa.slug]);
    expect((await slugs({ place: 'not-recorded' })).sort()).toHaveLength(2);
    expect(await listVictimPlaces()).toEqual({ places: ['Baku'], hasUnrecorded: true });
  });

  it('pages the results', async () => {
    const source = await createExternalSource();
    for (let index = 0; index < 51; index += 1) await createVictim(source.id, { nameLatin: `Person ${String(index).padStart(2, '0')}` });
    const first = await listVictims(search());
    const second = await listVictims(search({ page: 2 }));
    expect(first.victims).toHaveLength(50);
    expect(second.victims).toHaveLength(1);
    expect(first.pageCount).toBe(2);
    expect(second.victims[0]?.nameLatin).toBe('Person 50');
  });
});

describe('getAnniversariesLastUpdated', () => {
  it('is the newest change among public releases and anniversary records', async () => {
    expect(await getAnniversariesLastUpdated()).toBeNull();
    const { release } = await createRelease();
    await createRelease({ ...DRAFT, updatedAt: new Date('2099-01-01T00:00:00Z') });
    expect(await getAnniversariesLastUpdated()).toBe(release.updatedAt.toISOString());
  });
});

describe('readNextScheduledPublication', () => {
  it('finds the earliest future publication across kinds, ignoring drafts and deleted rows', async () => {
    const { readNextScheduledPublication } = await import('@/lib/schedule');
    const source = await createExternalSource();
    expect(await readNextScheduledPublication()).toBeNull();
    const soon = new Date(Date.now() + 60_000);
    const later = new Date(Date.now() + 3_600_000);
    await createEvent(source.id, { status: 'PUBLISHED', publishAt: later });
    await createVictim(source.id, { status: 'PUBLISHED', publishAt: soon });
    await createFigure(source.id, { status: 'DRAFT', publishAt: new Date(Date.now() + 1000) });
    await createFigure(source.id, { status: 'PUBLISHED', publishAt: new Date(Date.now() + 2000), deletedAt: new Date() });
    expect((await readNextScheduledPublication())?.getTime()).toBe(soon.getTime());
  });
});
