import { beforeEach, describe, expect, it } from 'vitest';
import { listRememberedToday } from '@/lib/remembered-today/queries';
import { resetDatabase } from '@/tests/helpers/database';
import { createExternalSource, createVictim, DELETED, DRAFT, SCHEDULED } from '@/tests/helpers/factories';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** 2 December 2026, 02:30 in Baku, when it is still 1 December in UTC: Baku's date decides. */
const NOW = new Date('2026-12-01T22:30:00Z');

beforeEach(async () => {
  await resetDatabase();
});

describe('listRememberedToday', () => {
  it('lists only public victims whose birth or death, stated to the day, falls on today in Baku', async () => {
    const source = await createExternalSource();
    const born = await createVictim(source.id, { nameLatin: 'Born Fixture', birthDate: day('1969-12-02'), birthDatePrecision: 'DAY' });
    const died = await createVictim(source.id, { nameLatin: 'Died Fixture', deathDate: day('1990-12-02'), deathDatePrecision: 'DAY' });
    // The same month and day, but not stated to the day (a month is stored as its 1st; here the 2nd, to test the precision alone).
    await createVictim(source.id, { nameLatin: 'Month Fixture', deathDate: day('1990-12-02'), deathDatePrecision: 'MONTH' });
    await createVictim(source.id, { nameLatin: 'Year Fixture', birthDate: day('1960-12-02'), birthDatePrecision: 'YEAR' });
    // Stated to the day, but another day: UTC's, and the day after.
    await createVictim(source.id, { nameLatin: 'UTC Day Fixture', deathDate: day('1990-12-01'), deathDatePrecision: 'DAY' });
    await createVictim(source.id, { nameLatin: 'Next Day Fixture', deathDate: day('1990-12-03'), deathDatePrecision: 'DAY' });
    // The right day, but not public.
    await createVictim(source.id, { nameLatin: 'Draft Fixture', deathDate: day('1990-12-02'), deathDatePrecision: 'DAY', ...DRAFT });
    await createVictim(source.id, { nameLatin: 'Scheduled Fixture', deathDate: day('1990-12-02'), deathDatePrecision: 'DAY', ...SCHEDULED() });
    await createVictim(source.id, { nameLatin: 'Deleted Fixture', deathDate: day('1990-12-02'), deathDatePrecision: 'DAY', ...DELETED() });

    const { date, people } = await listRememberedToday(NOW);
    expect(date).toEqual({ year: 2026, month: 12, day: 2 });
    // Ordered by year: the 1969 birth before the 1990 death.
    expect(people).toEqual([
      { slug: born.slug, nameLatin: 'Born Fixture', nameCyrillic: null, nameRussian: null, description: null, sex: 'NOT_STATED', facts: [{ kind: 'birth', date: '1969-12-02', year: 1969, onThisDay: true }] },
      { slug: died.slug, nameLatin: 'Died Fixture', nameCyrillic: null, nameRussian: null, description: null, sex: 'NOT_STATED', facts: [{ kind: 'death', date: '1990-12-02', year: 1990, onThisDay: true }] },
    ]);
  });

  it('remembers 29 February on 28 February of a common year only', async () => {
    const source = await createExternalSource();
    const leap = await createVictim(source.id, { nameLatin: 'Leap Fixture', birthDate: day('1968-02-29'), birthDatePrecision: 'DAY' });
    const common = await createVictim(source.id, { nameLatin: 'Common Fixture', deathDate: day('1990-02-28'), deathDatePrecision: 'DAY' });
    const on28In2027 = await listRememberedToday(new Date('2027-02-28T12:00:00Z'));
    expect(on28In2027.people.map((person) => person.slug)).toEqual([leap.slug, common.slug]);
    const on28In2028 = await listRememberedToday(new Date('2028-02-28T12:00:00Z'));
    expect(on28In2028.people.map((person) => person.slug)).toEqual([common.slug]);
    const on29In2028 = await listRememberedToday(new Date('2028-02-29T12:00:00Z'));
    expect(on29In2028.people.map((person) => person.slug)).toEqual([leap.slug]);
  });

  it('is empty when nobody is remembered', async () => {
    const source = await createExternalSource();
    await createVictim(source.id, { nameLatin: 'Other Day Fixture', deathDate: day('1990-01-20'), deathDatePrecision: 'DAY' });
    expect((await listRememberedToday(NOW)).people).toEqual([]);
  });
});
