import { partialDateInputValue } from '@/lib/dates';
import type { VictimForEdit } from '@/lib/victims/admin-queries';

/** A stored record as the victim form's boxes show it: what the edit page opens with, and what a testimony is compared with. */
export function victimFormDefaults(victim: VictimForEdit): Record<string, string> {
  return {
    slug: victim.slug,
    nameLatin: victim.nameLatin ?? '',
    nameCyrillic: victim.nameCyrillic ?? '',
    nameRussian: victim.nameRussian ?? '',
    otherNames: victim.otherNames.join('\n'),
    description: victim.description ?? '',
    sex: victim.sex,
    birthDate: partialDateInputValue(victim.birthDateIso, victim.birthDatePrecision),
    age: victim.age === null ? '' : String(victim.age),
    fate: victim.fate,
    deathDate: partialDateInputValue(victim.deathDateIso, victim.deathDatePrecision),
    deathPlace: victim.deathPlace ?? '',
    birthPlace: victim.birthPlace ?? '',
    home: victim.home ?? '',
    honours: victim.honours ?? '',
    contentWarning: victim.contentWarning ? 'on' : '',
    curatorNote: victim.curatorNote ?? '',
    circumstances: victim.circumstances ?? '',
    occupation: victim.occupation ?? '',
    burialPlace: victim.burialPlace ?? '',
    biography: victim.biography ?? '',
    language: victim.language,
  };
}
