import { createTranslator } from 'next-intl';
import { formatAnniversaryDate, formatAnniversaryOrdinal } from '@/lib/anniversaries/format';
import { isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { formatPartialDate, type DatePrecision } from '@/lib/dates';
import { catalogue } from '@/lib/i18n/catalogue';
import type { OgCardContent } from '@/lib/og/card';
import { coveredText } from '@/lib/og/fonts';
import { victimDisplayName } from '@/lib/victims/display';

/** At most this many characters of a title: a card is a preview, the page has the rest. */
const MAX_TITLE = 140;
const MAX_LINE = 90;

function clip(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Card text: clipped, and limited to what the bundled fonts can draw (so nothing is downloaded). */
function card(kicker: string, title: string, lines: (string | null)[]): OgCardContent {
  return {
    kicker,
    title: coveredText(clip(title, MAX_TITLE)),
    lines: lines.filter((line): line is string => Boolean(line)).map((line) => coveredText(clip(line, MAX_LINE))),
  };
}

function ogStrings(locale: string) {
  return createTranslator({ ...catalogue(locale), namespace: 'og' });
}

/** The year in an anniversary address, when it is a year that has an anniversary page today. */
export function anniversaryYearParam(value: string, now: Date): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isAnniversaryYear(year, now) ? year : null;
}

/**
 * "37th anniversary" / "37-ci ildönümü" / "37-я годовщина", the date with its weekday, and the
 * curators' title of the year when there is one in the card's language (the caller passes it
 * localised, or null).
 */
export function anniversaryCardContent(year: number, record: { title: string | null } | null, locale = 'en'): OgCardContent {
  const t = ogStrings(locale);
  return card(t('anniversaryKicker'), t('anniversaryTitle', { ordinal: formatAnniversaryOrdinal(year, locale) }), [
    formatAnniversaryDate(year, locale),
    record?.title ?? null,
  ]);
}

/** The release's title, its issuer (or that the text names none) and its date. */
export function releaseCardContent(
  release: { title: string; issuedOn: string; place: string | null; issuer: { name: string } | null },
  locale = 'en',
): OgCardContent {
  const t = ogStrings(locale);
  const issued = formatPartialDate(release.issuedOn, 'DAY', { locale });
  return card(t('releaseKicker'), release.title, [release.issuer?.name ?? t('issuerNotNamed'), release.place ? `${issued}, ${release.place}` : issued]);
}

type VictimCardInput = {
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  description: string | null;
  birthDate: string | null;
  birthDatePrecision: DatePrecision;
  deathDate: string | null;
  deathDatePrecision: DatePrecision;
  deathPlace: string | null;
  age: number | null;
};

/**
 * The name (or the source's description of an unidentified person), the name in the other scripts
 * the sources give, and the dates and place only where they are recorded: nothing is filled in.
 */
export function victimCardContent(victim: VictimCardInput, locale = 'en'): OgCardContent {
  const t = ogStrings(locale);
  const { name } = victimDisplayName(victim, locale);
  const otherScripts = [victim.nameCyrillic, victim.nameRussian].filter((other) => other && other !== name);
  const born = victim.birthDate ? t('born', { date: formatPartialDate(victim.birthDate, victim.birthDatePrecision, { locale }) }) : null;
  const died = victim.deathDate ? t('died', { date: formatPartialDate(victim.deathDate, victim.deathDatePrecision, { locale }) }) : null;
  const dates = [born, died, !born && victim.age !== null ? t('aged', { age: victim.age }) : null].filter(Boolean).join(' · ');
  return card(t('victimKicker'), name, [otherScripts.length > 0 ? [...new Set(otherScripts)].join(' · ') : null, dates || null, victim.deathPlace]);
}

/** The site's own card, for every page without a card of its own. */
export function siteCardContent(locale = 'en'): OgCardContent {
  const t = ogStrings(locale);
  return card(t('siteKicker'), t('siteTitle'), [t('siteLine')]);
}

/** The alt text of each kind of card, in the page's language. */
export function ogCardAlt(kind: 'site' | 'anniversary' | 'release' | 'victim', locale = 'en'): string {
  return ogStrings(locale)(`${kind}Alt`);
}
