import { createTranslator } from 'next-intl';
import { catalogue } from '@/lib/i18n/catalogue';

/**
 * The name a victim is listed under: the recorded name, or the source's description of an
 * unidentified person ("Unidentified: a 7-year old boy" / "Kimliyi məlum olmayan şəxs: …" /
 * "Неустановленное лицо: …"). Names and descriptions are never translated; only the label around a
 * description follows the reader's language (English by default, as the admin area reads).
 */
export function victimDisplayName(
  victim: {
    nameLatin: string | null;
    nameCyrillic: string | null;
    nameRussian: string | null;
    description: string | null;
  },
  locale: string = 'en',
): { name: string; identified: boolean } {
  const name = victim.nameLatin ?? victim.nameCyrillic ?? victim.nameRussian;
  if (name) return { name, identified: true };
  const t = createTranslator({ ...catalogue(locale), namespace: 'victims' });
  return {
    name: victim.description ? t.markup('unidentified', { description: victim.description, original: (chunks) => chunks }) : t('unidentifiedPerson'),
    identified: false,
  };
}
