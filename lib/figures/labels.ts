import { intlLocale } from '@/lib/i18n/config';
import { azerbaijaniOrdinal } from '@/lib/i18n/ordinals';
import type { FigureKind, FigureQualifier, FigureScope } from '@/lib/generated/prisma/enums';

export const FIGURE_KIND_LABELS: Record<FigureKind, string> = {
  KILLED: 'Killed',
  VICTIMS: 'Victims (as the source words it)',
  WOUNDED: 'Wounded',
  MEDICAL_ASSISTANCE: 'Applied for medical assistance',
  DETAINED: 'Detained or arrested',
  MISSING: 'Missing',
  TROOPS: 'Troops',
  DEMONSTRATORS: 'People at the protests',
  FUNERAL_ATTENDANCE: 'At the funeral',
  EXPELLED: 'Azerbaijanis expelled from Armenia',
  FATALLY_WOUNDED: 'Fatally or severely wounded (as the source words it)',
  REGISTERED_INJURED: 'Registered injured',
  SENT_TO_PRISONS: 'Sent to prisons or cities elsewhere in the USSR',
  HOMES_FIRED_ON: 'Homes and buildings fired on or damaged',
  VEHICLES_FIRED_ON: 'Vehicles fired on or damaged',
  BURIED: 'Burials',
  SOLDIERS_KILLED: 'Soldiers killed',
  OTHER: 'Other figures',
};

export const FIGURE_SCOPE_LABELS: Record<FigureScope, string> = {
  BAKU: 'Baku',
  AZERBAIJAN: 'Baku and other places in Azerbaijan',
  OTHER: 'Other',
  NOT_STATED: 'Not stated',
};

const QUALIFIER_WORDS: Record<FigureQualifier, string> = {
  EXACT: '',
  MORE_THAN: 'more than ',
  ABOUT: 'about ',
  AT_LEAST: 'at least ',
  ESTIMATED: 'an estimated ',
};

/** A figure as a short phrase: "more than 130", "about 30,000", "131–170"; null when the source gives words, not a number. */
export function formatFigureValue(figure: { value: number | null; valueMax?: number | null; qualifier: FigureQualifier }, locale = 'en'): string | null {
  if (figure.value === null) return null;
  const format = new Intl.NumberFormat(intlLocale(locale));
  const number = figure.valueMax == null ? format.format(figure.value) : `${format.format(figure.value)}–${format.format(figure.valueMax)}`;
  return `${QUALIFIER_WORDS[figure.qualifier]}${number}`;
}

/**
 * The ending of a number said with "than" in Azerbaijani ("130-dan çox", "744-dən çox"): -dan after a
 * back vowel, -dən after a front one, by the last vowel of the last word said aloud — the same word the
 * ordinal's ending follows (lib/i18n/ordinals.ts), whose -cı/-cu are back and -ci/-cü front.
 */
export function azerbaijaniAblativeSuffix(value: number): string {
  const whole = Math.abs(Math.trunc(value));
  if (whole === 0) return 'dan'; // sıfır
  const ordinalEnding = azerbaijaniOrdinal(whole).split('-').at(-1);
  return ordinalEnding === 'cı' || ordinalEnding === 'cu' ? 'dan' : 'dən';
}

/**
 * A figure as a short phrase in the site's language: the number formatted by Intl for that language,
 * set in the catalogue's words for its qualifier (figures.value.*: "more than {number}", "более
 * {number}", "{number} çox" — where Azerbaijani's number carries its ablative ending). Null when the
 * source gives words, not a number.
 */
export function formatLocalisedFigureValue(
  figure: { value: number | null; valueMax?: number | null; qualifier: FigureQualifier },
  locale: string,
  words: (qualifier: FigureQualifier, number: string) => string,
): string | null {
  if (figure.value === null) return null;
  const format = new Intl.NumberFormat(intlLocale(locale));
  // A range ("131–170") is one statement: its ends are never added, averaged or picked between.
  if (figure.valueMax != null) return words(figure.qualifier, `${format.format(figure.value)}–${format.format(figure.valueMax)}`);
  let number = format.format(figure.value);
  if (locale === 'az' && figure.qualifier === 'MORE_THAN') number = `${number}-${azerbaijaniAblativeSuffix(figure.value)}`;
  return words(figure.qualifier, number);
}
