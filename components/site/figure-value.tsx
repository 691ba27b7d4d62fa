import { getTranslations } from 'next-intl/server';
import { formatLocalisedFigureValue } from '@/lib/figures/labels';
import type { Locale } from '@/lib/i18n/config';
import type { FigureQualifier } from '@/lib/generated/prisma/enums';

/** A figure's number with its qualifier in the page's language ("more than 130", "более 130"), or "in words only". */
export async function FigureValue({
  figure,
  locale,
}: {
  figure: { value: number | null; valueMax?: number | null; qualifier: FigureQualifier };
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'figures' });
  const value = formatLocalisedFigureValue(figure, locale, (qualifier, number) => t(`value.${qualifier}`, { number }));
  return value ?? <span className="font-normal italic">{t('wordsOnly')}</span>;
}
