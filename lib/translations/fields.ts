import type { TranslatableKind } from '@/lib/generated/prisma/enums';

/**
 * The text fields curators translate, per kind of record. Names, quotations, places and numbers are
 * never translated: names have their own forms, quotations are the source's own words.
 */
export const TRANSLATABLE_FIELDS = {
  EVENT: ['title', 'description'],
  FIGURE: ['scopeNote', 'note'],
  VICTIM: ['circumstances', 'occupation', 'biography'],
  ANNIVERSARY: ['title', 'introduction'],
} as const satisfies Record<TranslatableKind, readonly string[]>;

export type TranslatableField<K extends TranslatableKind> = (typeof TRANSLATABLE_FIELDS)[K][number];

/** A field's text in the reader's language, or the original with the language it is written in. */
export type LocalisedText = {
  text: string;
  /** The language the text is in (a site language, or the original's). */
  lang: string;
  /** True where the text is the original shown because no translation into the page's language exists. */
  untranslated: boolean;
};

/** Translations of some records into one language: recordId → field → text. */
export type TranslationMap = Record<string, Record<string, string>>;

/**
 * One field in the reader's language: the original when it is already in that language, else its
 * translation, else the original marked untranslated. An empty original stays empty (null).
 */
export function localiseText(
  original: string | null | undefined,
  originalLanguage: string,
  translation: string | null | undefined,
  locale: string,
): LocalisedText | null {
  if (original === null || original === undefined || original.trim() === '') return null;
  if (originalLanguage === locale) return { text: original, lang: originalLanguage, untranslated: false };
  if (translation && translation.trim() !== '') return { text: translation, lang: locale, untranslated: false };
  return { text: original, lang: originalLanguage, untranslated: true };
}

/** Every translatable field of a record, localised: { title: LocalisedText | null, … }. */
export function localiseRecord<K extends TranslatableKind, R extends { id: string; language: string } & Partial<Record<TranslatableField<K>, string | null>>>(
  kind: K,
  record: R,
  translations: TranslationMap,
  locale: string,
): Record<TranslatableField<K>, LocalisedText | null> {
  const fields = TRANSLATABLE_FIELDS[kind] as readonly TranslatableField<K>[];
  const own = translations[record.id] ?? {};
  return Object.fromEntries(
    fields.map((field) => [field, localiseText(record[field] as string | null | undefined, record.language, own[field], locale)]),
  ) as Record<TranslatableField<K>, LocalisedText | null>;
}
