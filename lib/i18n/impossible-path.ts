import { isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { isLocale } from '@/lib/i18n/config';
import { isSlug } from '@/lib/slug';

/**
 * Whether a public address cannot exist, judged from the address alone (no database): an unknown
 * language, a malformed victim, release or issuer slug, a year without an anniversary page, or extra
 * segments under a record other than its preview card image. The root ("/") is not judged here.
 */
export function isImpossiblePublicPath(pathname: string, now: Date): boolean {
  const [locale, section, key, ...rest] = pathname.split('/').filter(Boolean);
  if (locale === undefined) return false;
  if (!isLocale(locale)) return true;
  if (key === undefined) return false;
  if (section === 'issuers') return !isSlug(key) || rest.length > 0;
  if (section === 'victims' || section === 'releases') return !isSlug(key) || !isRecordFile(rest);
  if (section === 'anniversaries') return !/^\d{4}$/.test(key) || !isAnniversaryYear(Number(key), now) || !isRecordFile(rest);
  return false;
}

/** Nothing under a record but its preview card image (app/[locale]/<section>/<key>/opengraph-image.tsx). */
function isRecordFile(rest: string[]): boolean {
  return rest.length === 0 || (rest.length === 1 && rest[0] === 'opengraph-image');
}
