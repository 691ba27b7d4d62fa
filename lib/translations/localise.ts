import 'server-only';
import type { TranslatableKind } from '@/lib/generated/prisma/enums';
import { localiseRecord, type LocalisedText, type TranslatableField } from '@/lib/translations/fields';
import { listTranslations } from '@/lib/translations/queries';

type Translatable<K extends TranslatableKind> = { id: string; language: string } & Partial<Record<TranslatableField<K>, string | null>>;

export type WithLocalised<K extends TranslatableKind, R> = R & { localised: Record<TranslatableField<K>, LocalisedText | null> };

/**
 * Public records with their translatable fields in the reader's language: each record gains
 * `localised.<field>` — the translation, or the original marked untranslated (render it with
 * <Localised> from components/site/localised-text.tsx, which adds the lang attribute and the note).
 * One cached read of the translations for all the records.
 */
export async function localiseRecords<K extends TranslatableKind, R extends Translatable<K>>(
  kind: K,
  records: R[],
  locale: string,
): Promise<WithLocalised<K, R>[]> {
  const ids = [...new Set(records.filter((record) => record.language !== locale).map((record) => record.id))].sort();
  const translations = ids.length > 0 ? await listTranslations(kind, locale, ids) : {};
  return records.map((record) => ({ ...record, localised: localiseRecord(kind, record, translations, locale) }));
}

/** One record, as localiseRecords. */
export async function localiseOne<K extends TranslatableKind, R extends Translatable<K>>(kind: K, record: R, locale: string): Promise<WithLocalised<K, R>> {
  const [localised] = await localiseRecords(kind, [record], locale);
  return localised!;
}
