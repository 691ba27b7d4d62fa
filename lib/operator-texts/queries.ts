import 'server-only';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { locales, type Locale } from '@/lib/i18n/config';
import {
  CONSENT_TEXTS,
  localisedColumn,
  OPERATOR_TEXT_COLUMNS,
  OPERATOR_TEXTS_ID,
  TESTIMONY_PREREQUISITES,
  type LocalisedText,
  type OperatorTextValues,
} from '@/lib/operator-texts/schema';

/** The operator's texts as stored, with when they were last saved; null when none were ever saved. */
export type StoredOperatorTexts = { values: OperatorTextValues; version: number; updatedAt: string };

const select = { ...Object.fromEntries(OPERATOR_TEXT_COLUMNS.map((column) => [column, true])), version: true, updatedAt: true } as Prisma.OperatorTextsSelect;

/** Reads the one row of the operator's texts through any client (the export reads it in its snapshot). */
export async function readOperatorTexts(client: Prisma.TransactionClient): Promise<StoredOperatorTexts | null> {
  const row = (await client.operatorTexts.findUnique({ where: { id: OPERATOR_TEXTS_ID }, select })) as (OperatorTextValues & { version: number; updatedAt: Date }) | null;
  if (!row) return null;
  const { version, updatedAt, ...values } = row;
  return { values: values as OperatorTextValues, version, updatedAt: updatedAt.toISOString() };
}

/** The operator's texts for public pages, cached under the tag a save expires. */
const getOperatorTexts = cachedQuery('getOperatorTexts', () => readOperatorTexts(db), () => [cacheTags.operatorTexts]);

/** The privacy notice in one language (Markdown) and when it was saved, or null: not yet published. */
export async function getPrivacyNotice(locale: Locale): Promise<{ text: string; updatedAt: string } | null> {
  const stored = await getOperatorTexts();
  const text = stored?.values[localisedColumn('privacyNotice', locale)];
  return stored && text ? { text, updatedAt: stored.updatedAt } : null;
}

/** The languages in which the privacy notice is published (for the sitemap and the other languages' links). */
export async function listPrivacyNoticeLocales(): Promise<Locale[]> {
  const stored = await getOperatorTexts();
  return stored ? locales.filter((locale) => stored.values[localisedColumn('privacyNotice', locale)]) : [];
}

/** What the testimony form shows in one language, in the operator's words. */
export type TestimonyTexts = {
  privacyNotice: string;
  consent: Record<(typeof CONSENT_TEXTS)[number], string>;
};

export type TestimonyPrerequisites = { ready: true; texts: TestimonyTexts } | { ready: false; missing: LocalisedText[] };

/**
 * Whether the testimony form may open in `locale`: the operator's privacy notice and every consent
 * statement in that language, or the list of those still missing. The form must refuse to open (and to
 * accept a submission) unless this returns `ready: true`, and show exactly these texts: the memorial
 * never asks for anyone's data under words the operator has not stated.
 */
export async function getTestimonyPrerequisites(locale: Locale): Promise<TestimonyPrerequisites> {
  const stored = await getOperatorTexts();
  const text = (name: LocalisedText) => stored?.values[localisedColumn(name, locale)] ?? null;
  const missing = TESTIMONY_PREREQUISITES.filter((name) => !text(name));
  if (missing.length > 0) return { ready: false, missing };
  return {
    ready: true,
    texts: {
      privacyNotice: text('privacyNotice')!,
      consent: Object.fromEntries(CONSENT_TEXTS.map((name) => [name, text(name)!])) as TestimonyTexts['consent'],
    },
  };
}
