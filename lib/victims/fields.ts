import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Everything a victim record states about the person: the fields the memorial page, the export and
 * the audit snapshots all read. One list, so a new field cannot be shown in one place and lost in another.
 */
export const victimRecordFields = {
  slug: true,
  nameLatin: true,
  nameCyrillic: true,
  nameRussian: true,
  otherNames: true,
  description: true,
  sex: true,
  birthDate: true,
  birthDatePrecision: true,
  birthPlace: true,
  age: true,
  fate: true,
  deathDate: true,
  deathDatePrecision: true,
  deathPlace: true,
  home: true,
  circumstances: true,
  contentWarning: true,
  occupation: true,
  burialPlace: true,
  honours: true,
  biography: true,
} as const satisfies Prisma.VictimSelect;
