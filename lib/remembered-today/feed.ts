import { createTranslator } from 'next-intl';
import { BAKU_UTC_OFFSET } from '@/lib/baku-time';
import { buildAtomFeed, type AtomEntry } from '@/lib/feeds/atom';
import { catalogue } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/config';
import { isoCalendarDate, type CalendarDate, type RememberedPerson } from '@/lib/remembered-today/days';
import { factsPhrase, formatCalendarDate } from '@/lib/remembered-today/phrases';
import { victimDisplayName } from '@/lib/victims/display';

/** The feed of each language: /feeds/remembrance/en.xml. */
export const rememberedTodayFeedPath = (locale: Locale) => `/feeds/remembrance/${locale}.xml`;

/** The start of a day in Baku as an RFC 3339 time ("2026-12-02T00:00:00+04:00"): every entry of the day is dated so. */
export function bakuDayStartTimestamp(date: CalendarDate): string {
  return `${isoCalendarDate(date)}T00:00:00${BAKU_UTC_OFFSET}`;
}

/**
 * One entry per person and day. Its id names the site, the language, the day in Baku and the person, so
 * that it is the same every time the feed is read that day and new on the next day the person is remembered.
 */
export function rememberedTodayEntry(person: RememberedPerson, date: CalendarDate, siteUrl: string, locale: Locale): AtomEntry {
  const t = createTranslator({ ...catalogue(locale), namespace: 'remembrance' });
  const { name } = victimDisplayName(person, locale);
  const facts = factsPhrase(person.facts, locale, person.sex);
  const day = bakuDayStartTimestamp(date);
  return {
    id: `tag:${new URL(siteUrl).host},2026:remembered-today/${locale}/${isoCalendarDate(date)}/${person.slug}`,
    title: `${name}: ${facts}`,
    updated: day,
    published: day,
    url: `${siteUrl}/${locale}/victims/${person.slug}`,
    authorName: t('feedAuthor'),
    summary: t('entrySummary', { date: formatCalendarDate(date, locale), name, facts }),
  };
}

/** The Atom feed of who is remembered on a day, in one language. */
export function buildRememberedTodayFeed(options: { siteUrl: string; locale: Locale; date: CalendarDate; people: RememberedPerson[] }): string {
  const { siteUrl, locale, date } = options;
  const t = createTranslator({ ...catalogue(locale), namespace: 'remembrance' });
  return buildAtomFeed({
    id: `${siteUrl}${rememberedTodayFeedPath(locale)}`,
    title: t('feedTitle'),
    subtitle: t('feedSubtitle'),
    selfUrl: `${siteUrl}${rememberedTodayFeedPath(locale)}`,
    pageUrl: `${siteUrl}/${locale}/remembrance`,
    fallbackUpdated: bakuDayStartTimestamp(date),
    language: locale,
    entries: options.people.map((person) => rememberedTodayEntry(person, date, siteUrl, locale)),
  });
}
