import { nextAnniversaryYear } from '../../../lib/anniversaries/ordinal';

/** The languages the public site is published in, Azerbaijani (the default) first. */
export const LOCALES = ['az', 'en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Seeded records the language tests open in every language. */
export const VICTIM = { slug: 'larissa-mammadova', name: 'Larissa Mammadova' };
export const ISSUER_SLUG = 'diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina';

/**
 * Every public page of one language's edition, by address: the fixed pages, a filtered view and a
 * search, one record of each kind with a stable address, the anniversaries (the first seeded year,
 * one with a record, and the coming one, which moves with the calendar) and a page that does not exist.
 * Release pages are reached through the archive's links instead (releaseListPage), whatever their slugs.
 */
export function publicPages(locale: Locale): string[] {
  return [
    `/${locale}`,
    `/${locale}/about`,
    `/${locale}/timeline`,
    `/${locale}/figures`,
    `/${locale}/releases`,
    `/${locale}/releases?year=2020`,
    `/${locale}/victims`,
    `/${locale}/victims?q=larissa`,
    `/${locale}/victims/${VICTIM.slug}`,
    `/${locale}/issuers`,
    `/${locale}/issuers/${ISSUER_SLUG}`,
    `/${locale}/anniversaries`,
    `/${locale}/anniversaries/2020`,
    `/${locale}/anniversaries/1995`,
    `/${locale}/anniversaries/${nextAnniversaryYear(new Date())}`,
    `/${locale}/no-such-page`,
  ];
}

/** Every public page of the English edition (the preview-card checks read English metadata). */
export const PUBLIC_PAGES = publicPages('en');

/** Every public page in every language. */
export const ALL_PUBLIC_PAGES = LOCALES.flatMap(publicPages);

/** The release archive of a language, whose links lead to every release page. */
export function releaseListPage(locale: Locale): string {
  return `/${locale}/releases`;
}

/** Release pages are reached through the archive's links, whatever their slugs. */
export const RELEASE_LIST_PAGE = releaseListPage('en');
