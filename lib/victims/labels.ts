import type { Fate, Sex } from '@/lib/generated/prisma/enums';

/**
 * The curators' labels (the admin area is in English). Public pages use the catalogue's
 * common.fate / common.sex, in the reader's language.
 */
export const FATE_LABELS: Record<Fate, string> = {
  KILLED: 'Killed',
  DIED_OF_WOUNDS: 'Died of wounds',
  MISSING: 'Missing',
  TOOK_OWN_LIFE: 'Took own life',
  NOT_STATED: 'Not stated in the sources',
};

export const SEX_LABELS: Record<Sex, string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  NOT_STATED: 'Not stated in the sources',
};
