import { intlLocale } from '@/lib/i18n/config';
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
};

/** A figure as a short phrase: "more than 130", "about 30,000"; null when the source gives words, not a number. */
export function formatFigureValue(figure: { value: number | null; qualifier: FigureQualifier }, locale = 'en'): string | null {
  if (figure.value === null) return null;
  return `${QUALIFIER_WORDS[figure.qualifier]}${new Intl.NumberFormat(intlLocale(locale)).format(figure.value)}`;
}
