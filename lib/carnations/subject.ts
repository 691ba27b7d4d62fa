import { isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { db } from '@/lib/db';
import { isSlug } from '@/lib/slug';
import { publicWhere } from '@/lib/records/public-where';

/**
 * What a carnation is laid for: a victim's memorial page or a year's anniversary page. A counted
 * subject is keyed by what does not change (the victim's record id, the year), so a renamed slug
 * keeps its count.
 */
export type CarnationTarget = { kind: 'victim'; slug: string } | { kind: 'anniversary'; year: number };

/** A target that exists and is public, with the key its count is stored under and where its page is. */
export type CarnationSubject = { key: string; path: string };

export function victimSubjectKey(victimId: string): string {
  return `victim:${victimId}`;
}

export function anniversarySubjectKey(year: number): string {
  return `anniversary:${year}`;
}

/**
 * The public subject a visitor's form names, or null when there is none: a carnation is only ever
 * counted for a published record or an anniversary that has a page, so a visitor cannot grow the table
 * with made-up subjects.
 */
export async function resolveCarnationTarget(target: CarnationTarget, now: Date): Promise<CarnationSubject | null> {
  if (target.kind === 'anniversary') {
    return isAnniversaryYear(target.year, now) ? { key: anniversarySubjectKey(target.year), path: `/anniversaries/${target.year}` } : null;
  }
  if (!isSlug(target.slug)) return null;
  const victim = await db.victim.findFirst({ where: { slug: target.slug, ...publicWhere(now) }, select: { id: true, slug: true } });
  return victim ? { key: victimSubjectKey(victim.id), path: `/victims/${victim.slug}` } : null;
}
