import 'server-only';
import { cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TranslatableKind } from '@/lib/generated/prisma/enums';
import { locales, type Locale } from '@/lib/i18n/config';
import { TRANSLATABLE_FIELDS } from '@/lib/translations/fields';
import { TRANSLATABLE_KINDS } from '@/lib/translations/schema';

/*
 * Reads of the curators' translation screens. Callers check the session (requireCurator) first.
 */

/** A record of any translatable kind, as the editor and a translation save need it. */
export type TranslatedRecord = {
  id: string;
  /** How the curators' area names the record: an event's title, a victim's name, a figure's key… */
  label: string;
  language: string;
  deletedAt: Date | null;
  /** The original of each translatable field (null when empty). */
  originals: Record<string, string | null>;
  /** The record's own public cache tags. */
  tags: string[];
};

const base = { id: true, language: true, deletedAt: true } as const;

/** Reads one record of any translatable kind, deleted or not, with its originals and its own cache tags. */
export async function readTranslatedRecord(client: Prisma.TransactionClient, kind: TranslatableKind, id: string): Promise<TranslatedRecord | null> {
  switch (kind) {
    case 'EVENT': {
      const row = await client.event.findUnique({ where: { id }, select: { ...base, title: true, description: true } });
      return row && { ...row, label: row.title, originals: { title: row.title, description: row.description }, tags: [cacheTags.events] };
    }
    case 'FIGURE': {
      const row = await client.figure.findUnique({ where: { id }, select: { ...base, key: true, scopeNote: true, note: true } });
      return row && { ...row, label: row.key, originals: { scopeNote: row.scopeNote, note: row.note }, tags: [cacheTags.figures] };
    }
    case 'VICTIM': {
      const row = await client.victim.findUnique({
        where: { id },
        select: { ...base, slug: true, nameLatin: true, nameCyrillic: true, nameRussian: true, description: true, circumstances: true, occupation: true, biography: true },
      });
      return (
        row && {
          ...row,
          label: row.nameLatin ?? row.nameCyrillic ?? row.nameRussian ?? row.description ?? row.slug,
          originals: { circumstances: row.circumstances, occupation: row.occupation, biography: row.biography },
          tags: [cacheTags.victims, cacheTags.victim(row.slug)],
        }
      );
    }
    case 'ANNIVERSARY': {
      const row = await client.anniversary.findUnique({ where: { id }, select: { ...base, year: true, title: true, introduction: true } });
      return (
        row && {
          ...row,
          label: row.title ? `${row.year}: ${row.title}` : String(row.year),
          originals: { title: row.title, introduction: row.introduction },
          tags: [cacheTags.anniversaries],
        }
      );
    }
  }
}

/** One existing translation, as the editor shows it (its version goes back with the form). */
export type ExistingTranslation = { field: string; locale: string; text: string; note: string | null; version: number };

/**
 * A record and its translations for the side-by-side editor; null when the record does not exist
 * or is deleted (a deleted record's translations are not editable).
 */
export async function getTranslationEditor(kind: TranslatableKind, id: string) {
  const record = await readTranslatedRecord(db, kind, id);
  if (!record || record.deletedAt) return null;
  const translations: ExistingTranslation[] = await db.contentTranslation.findMany({
    where: { recordKind: kind, recordId: id },
    select: { field: true, locale: true, text: true, note: true, version: true },
  });
  return { record, translations };
}

/** SQL naming each kind's table and how a record is named in lists. Constants, never input. */
const TABLES: Record<TranslatableKind, { table: string; label: string }> = {
  EVENT: { table: '"Event"', label: 'r."title"' },
  FIGURE: { table: '"Figure"', label: 'r."key"' },
  VICTIM: { table: '"Victim"', label: 'coalesce(r."nameLatin", r."nameCyrillic", r."nameRussian", r."description", r."slug")' },
  ANNIVERSARY: { table: '"Anniversary"', label: `r."year"::text || coalesce(': ' || r."title", '')` },
};

/**
 * Every translatable text that wants a translation and has none, as SQL: for each current record
 * (not deleted) of the kinds asked for, each non-empty original field, and each site language
 * other than the record's own, where no non-empty translation exists. One UNION over the kinds.
 */
function missingTranslationsSql(kinds: readonly TranslatableKind[], recordId: string | null): Prisma.Sql {
  const originals = kinds
    .map((kind) => {
      const { table, label } = TABLES[kind];
      const fields = (TRANSLATABLE_FIELDS[kind] as readonly string[]).map((field, position) => `('${field}', r."${field}", ${position})`).join(', ');
      return `SELECT '${kind}'::"TranslatableKind" AS kind, r."id", r."language", ${label} AS label, f.field, f.text, f.position
        FROM ${table} r CROSS JOIN LATERAL (VALUES ${fields}) AS f(field, text, position)
        WHERE r."deletedAt" IS NULL`;
    })
    .join('\nUNION ALL\n');
  return Prisma.sql`
    WITH originals AS (${Prisma.raw(originals)})
    SELECT o.kind, o.id, o.label, o.field, o.position, l.locale
    FROM originals o CROSS JOIN unnest(${[...locales]}::text[]) AS l(locale)
    WHERE l.locale <> o."language"
      AND o.text ~ '[^[:space:]]'
      AND (${recordId}::text IS NULL OR o.id = ${recordId})
      AND NOT EXISTS (
        SELECT 1 FROM "ContentTranslation" t
        WHERE t."recordKind" = o.kind AND t."recordId" = o.id AND t.field = o.field AND t.locale = l.locale
          AND t.text ~ '[^[:space:]]'
      )`;
}

export type MissingCounts = Record<Locale, { total: number; byKind: Record<TranslatableKind, number> }>;

/** How many texts are missing a translation into each language, per kind; counted in PostgreSQL. */
export async function countMissingTranslations(): Promise<MissingCounts> {
  const rows = await db.$queryRaw<{ locale: string; kind: TranslatableKind; count: number }[]>`
    SELECT m.locale, m.kind::text AS kind, count(*)::int AS count
    FROM (${missingTranslationsSql(TRANSLATABLE_KINDS, null)}) m
    GROUP BY m.locale, m.kind`;
  const counts = Object.fromEntries(
    locales.map((locale) => [locale, { total: 0, byKind: Object.fromEntries(TRANSLATABLE_KINDS.map((kind) => [kind, 0])) }]),
  ) as MissingCounts;
  for (const row of rows) {
    const entry = counts[row.locale as Locale];
    if (!entry) continue;
    entry.byKind[row.kind] = row.count;
    entry.total += row.count;
  }
  return counts;
}

export const MISSING_PAGE_SIZE = 50;

export type MissingTranslation = { kind: TranslatableKind; id: string; label: string; field: string; locale: Locale };

/**
 * The texts missing a translation into one language, a page at a time, ordered by kind, record
 * and field; optionally of one kind or one record.
 */
export async function listMissingTranslations(filter: { locale: Locale; kind?: TranslatableKind; recordId?: string; page: number }) {
  const sql = missingTranslationsSql(filter.kind ? [filter.kind] : TRANSLATABLE_KINDS, filter.recordId ?? null);
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<MissingTranslation[]>`
      SELECT m.kind::text AS kind, m.id, m.label, m.field, m.locale
      FROM (${sql}) m
      WHERE m.locale = ${filter.locale}
      ORDER BY m.kind, lower(m.label), m.id, m.position
      LIMIT ${MISSING_PAGE_SIZE} OFFSET ${(filter.page - 1) * MISSING_PAGE_SIZE}`,
    db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM (${sql}) m WHERE m.locale = ${filter.locale}`,
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / MISSING_PAGE_SIZE)) };
}
