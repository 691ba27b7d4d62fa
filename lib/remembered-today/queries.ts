import 'server-only';
import { bakuCalendarDate, nextBakuMidnight } from '@/lib/baku-time';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';
import { toIsoDate } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicWhere } from '@/lib/records/public-where';
import { REMEMBERED_TODAY_TAG, rememberedFacts, rememberedMonthDays, type CalendarDate, type DatedFields, type RememberedPerson } from '@/lib/remembered-today/days';

export type { RememberedPerson } from '@/lib/remembered-today/days';

const rememberedSelect = {
  slug: true,
  nameLatin: true,
  nameCyrillic: true,
  nameRussian: true,
  description: true,
  sex: true,
  birthDate: true,
  birthDatePrecision: true,
  deathDate: true,
  deathDatePrecision: true,
} satisfies Prisma.VictimSelect;

/**
 * The public victims with a day-precision birth or death on one of these month-days ("12-02"). The
 * month-days narrow the rows in SQL; which rows are public is publicWhere's alone.
 */
async function readVictimsOnMonthDays(monthDays: string[]): Promise<(DatedFields & Omit<RememberedPerson, 'facts'>)[]> {
  const matches = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Victim"
    WHERE ("birthDatePrecision" = 'DAY' AND to_char("birthDate", 'MM-DD') = ANY(${monthDays}))
       OR ("deathDatePrecision" = 'DAY' AND to_char("deathDate", 'MM-DD') = ANY(${monthDays}))`;
  if (matches.length === 0) return [];
  const rows = await db.victim.findMany({
    where: { id: { in: matches.map((row) => row.id) }, ...publicWhere(new Date()) },
    select: rememberedSelect,
    orderBy: [{ nameLatin: 'asc' }, { nameCyrillic: 'asc' }, { nameRussian: 'asc' }, { slug: 'asc' }],
  });
  return rows.map((row) => ({ ...row, birthDate: toIsoDate(row.birthDate), deathDate: toIsoDate(row.deathDate) }));
}

/**
 * Keyed by month-days, not by the date: at most 367 entries ever. Tagged `victims` so that a publish
 * refreshes it, and its lifetime ends at the next Baku midnight, when "today" changes.
 */
const listVictimsOnMonthDays = cachedQuery('listVictimsOnMonthDays', readVictimsOnMonthDays, () => [cacheTags.victims, REMEMBERED_TODAY_TAG], {
  endsBy: nextBakuMidnight,
});

/**
 * The people remembered on a day in Baku (today's by default; the clock is injectable for tests), each
 * with the dates they are remembered by, ordered by the year of the earliest of them, then by name.
 */
export async function listRememberedToday(now: Date = new Date()): Promise<{ date: CalendarDate; people: RememberedPerson[] }> {
  const date = bakuCalendarDate(now);
  const rows = await listVictimsOnMonthDays(rememberedMonthDays(date));
  const people = rows.flatMap(({ birthDate, birthDatePrecision, deathDate, deathDatePrecision, ...person }) => {
    const facts = rememberedFacts({ birthDate, birthDatePrecision, deathDate, deathDatePrecision }, date);
    return facts.length > 0 ? [{ ...person, facts }] : [];
  });
  people.sort((a, b) => a.facts[0]!.year - b.facts[0]!.year);
  return { date, people };
}
