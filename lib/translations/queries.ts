import 'server-only';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';
import type { TranslatableKind } from '@/lib/generated/prisma/enums';
import type { TranslationMap } from '@/lib/translations/fields';

async function readTranslations(kind: TranslatableKind, locale: string, recordIds: string[]): Promise<TranslationMap> {
  if (recordIds.length === 0) return {};
  const rows = await db.contentTranslation.findMany({
    where: { recordKind: kind, locale, recordId: { in: recordIds } },
    select: { recordId: true, field: true, text: true },
  });
  const map: TranslationMap = {};
  for (const row of rows) (map[row.recordId] ??= {})[row.field] = row.text;
  return map;
}

/**
 * The translations of some records into one language, for public pages. Pass the ids sorted, so
 * that the same set of records shares one cache entry. Translation saves revalidate the tag.
 */
export const listTranslations = cachedQuery('listTranslations', readTranslations, () => [cacheTags.translations]);
