import Link from 'next/link';
import { formatPartialDate } from '@/lib/dates';
import type { ReleaseSummary } from '@/lib/releases/queries';
import type { Locale } from '@/lib/i18n/config';

/**
 * Releases as a list of titles with issuer, place and date. The issuer's name links to its page,
 * except where the list already sits under that issuer (`linkIssuers={false}`).
 */
export function ReleaseList({ releases, locale, linkIssuers = true }: { releases: ReleaseSummary[]; locale: Locale; linkIssuers?: boolean }) {
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {releases.map((release) => (
        <li key={release.slug} className="py-4">
          <Link href={`/${locale}/releases/${release.slug}`} className="text-lg font-semibold" lang={release.language === locale ? undefined : release.language}>
            {release.title}
          </Link>
          <p className="font-sans text-sm text-muted">
            {release.issuer ? (
              linkIssuers ? (
                <Link href={`/${locale}/issuers/${release.issuer.slug}`}>{release.issuer.name}</Link>
              ) : (
                release.issuer.name
              )
            ) : (
              'Issuer not named in the text'
            )}
            {release.place ? ` · ${release.place}` : ''} ·{' '}
            <time dateTime={release.issuedOn}>{formatPartialDate(release.issuedOn, 'DAY', { locale })}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
