import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { db } from '@/lib/db';
import type { TranslatableKind } from '@/lib/generated/prisma/enums';
import { findWhoSavedLast, isUniqueViolation, type Actor } from '@/lib/records/change';
import type { MutationResult } from '@/lib/records/result';
import { readTranslatedRecord, type TranslatedRecord } from '@/lib/translations/admin-queries';
import { FIELD_RULES, LANGUAGE_LABELS, TRANSLATION_ENTITY_TYPE, translationFieldName, type TranslationsInput } from '@/lib/translations/schema';

type TranslationRow = { id: string; field: string; locale: string; text: string; note: string | null; version: number };

const rowSelect = { id: true, field: true, locale: true, text: true, note: true, version: true } as const;

/** The translations of one record as the audit log keeps them: "az.title", "az.title.note"… */
function auditSnapshot(kind: TranslatableKind, recordId: string, rows: TranslationRow[]): Record<string, string | null> {
  const snapshot: Record<string, string | null> = { recordKind: kind, recordId };
  for (const row of [...rows].sort((a, b) => `${a.locale}.${a.field}`.localeCompare(`${b.locale}.${b.field}`))) {
    snapshot[`${row.locale}.${row.field}`] = row.text;
    snapshot[`${row.locale}.${row.field}.note`] = row.note;
  }
  return snapshot;
}

const hasText = (value: string | null | undefined) => value !== null && value !== undefined && value.trim() !== '';

/**
 * Saves a curator's translations of one record: every submitted box, in one transaction with one
 * audit entry. A filled box creates or updates that field's translation, an empty one deletes it.
 * Each box carries the version of the translation the form was opened with (0 for none): if any
 * translation was created, changed or deleted since, nothing is written and the refusal names who
 * saved last. A deleted record's translations cannot be edited. Returns the cache tags of the
 * translations and of the record's public pages.
 */
export async function saveTranslations(actor: Actor, kind: TranslatableKind, recordId: string, input: TranslationsInput): Promise<MutationResult<{ id: string; changed: number }>> {
  let record: TranslatedRecord;
  let changed = 0;
  try {
    record = await db.$transaction(async (tx) => {
      const found = await readTranslatedRecord(tx, kind, recordId);
      if (!found || found.deletedAt) throw new RecordNotFoundError(kind);
      refuseImpossible(kind, found, input);

      const before = await tx.contentTranslation.findMany({ where: { recordKind: kind, recordId }, select: rowSelect });
      const existing = new Map(before.map((row) => [`${row.locale}.${row.field}`, row]));
      for (const language of input.languages) {
        for (const submitted of language.fields) {
          if ((existing.get(`${language.locale}.${submitted.field}`)?.version ?? 0) !== submitted.version) {
            throw await findWhoSavedLast(tx, TRANSLATION_ENTITY_TYPE, recordId);
          }
        }
      }

      for (const language of input.languages) {
        for (const submitted of language.fields) {
          const row = existing.get(`${language.locale}.${submitted.field}`);
          let count = 1;
          if (submitted.text === null) {
            if (!row) continue;
            count = (await tx.contentTranslation.deleteMany({ where: { id: row.id, version: row.version } })).count;
          } else if (!row) {
            await tx.contentTranslation.create({
              data: { recordKind: kind, recordId, field: submitted.field, locale: language.locale, text: submitted.text, note: language.note },
            });
          } else if (row.text !== submitted.text || row.note !== language.note) {
            count = (
              await tx.contentTranslation.updateMany({
                where: { id: row.id, version: row.version },
                data: { text: submitted.text, note: language.note, version: { increment: 1 } },
              })
            ).count;
          } else {
            continue;
          }
          // Another save changed the row between our read and our write: theirs stands.
          if (count !== 1) throw await findWhoSavedLast(tx, TRANSLATION_ENTITY_TYPE, recordId);
          changed += 1;
        }
      }

      if (changed > 0) {
        const after = await tx.contentTranslation.findMany({ where: { recordKind: kind, recordId }, select: rowSelect });
        await recordAudit(tx, {
          userId: actor.id,
          action: 'translate',
          entityType: TRANSLATION_ENTITY_TYPE,
          entityId: recordId,
          before: auditSnapshot(kind, recordId, before),
          after: auditSnapshot(kind, recordId, after),
        });
      }
      return found;
    });
  } catch (error) {
    // Two first translations of the same box at once: the unique key let only one in.
    if (isUniqueViolation(error, 'locale')) throw await findWhoSavedLast(db, TRANSLATION_ENTITY_TYPE, recordId);
    throw error;
  }
  return { record: { id: record.id, changed }, tags: changed > 0 ? [cacheTags.translations, ...record.tags] : [] };
}

/**
 * Refusals the form cannot catch by itself: a translation into the record's own language (its
 * language was changed after the form was opened), or of a field whose original is empty —
 * a translation of nothing would be text no source gave.
 */
function refuseImpossible(kind: TranslatableKind, record: TranslatedRecord, input: TranslationsInput): void {
  const fieldErrors: Record<string, string[]> = {};
  for (const language of input.languages) {
    for (const submitted of language.fields) {
      const name = translationFieldName.text(language.locale, submitted.field);
      if (language.locale === record.language && submitted.text !== null) {
        fieldErrors[name] = [`The original is now in ${LANGUAGE_LABELS[language.locale]}; edit it on the record's own page.`];
      } else if (submitted.text !== null && !hasText(record.originals[submitted.field])) {
        fieldErrors[name] = [`The original has no ${FIELD_RULES[kind][submitted.field]!.label.toLowerCase()}, so there is nothing to translate. Empty this box.`];
      }
    }
  }
  const count = Object.keys(fieldErrors).length;
  if (count > 0) {
    throw new MutationRefusedError(
      count === 1 ? 'One box cannot be saved as it is. Nothing was saved.' : `${count} boxes cannot be saved as they are. Nothing was saved.`,
      fieldErrors,
    );
  }
}
