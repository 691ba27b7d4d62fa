import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { formatPartialDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import type { ReleaseSummary } from '@/lib/releases/queries';
import { otherLanguageName, siteLanguageOf } from '@/lib/releases/language';

/** A release's language named in the reader's language: "English", "İngilis dili", "английский". */
export async function releaseLanguageName(tag: string, locale: Locale): Promise<string> {
  const siteLanguage = siteLanguageOf(tag);
  if (!siteLanguage) return otherLanguageName(tag, locale);
  const t = await getTranslations({ locale, namespace: 'releases' });
  return t(`language.${siteLanguage}`);
}

/**
 * Releases as a list of titles with issuer, place, date and language. The issuer's name links to its
 * page, except where the list already sits under that issuer (`linkIssuers={false}`). A title stays in
 * the language the release was issued in.
 */
export async function ReleaseList({ releases, locale, linkIssuers = true }: { releases: ReleaseSummary[]; locale: Locale; linkIssuers?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const languages = new Map(await Promise.all([...new Set(releases.map((release) => release.language))].map(async (tag) => [tag, await releaseLanguageName(tag, locale)] as const)));
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {releases.map((release) => (
        <li key={release.slug} className="py-4">
          <PageLink href={`/${locale}/releases/${release.slug}`} className="text-lg font-semibold" lang={release.language === locale ? undefined : release.language}>
            {release.title}
          </PageLink>
          <p className="font-sans text-sm text-muted">
            {release.issuer ? (
              linkIssuers ? (
                <PageLink href={`/${locale}/issuers/${release.issuer.slug}`}>{release.issuer.name}</PageLink>
              ) : (
                release.issuer.name
              )
            ) : (
              t('issuerNotNamed')
            )}
            {release.place ? ` · ${release.place}` : ''} ·{' '}
            <time dateTime={release.issuedOn}>{formatPartialDate(release.issuedOn, 'DAY', { locale })}</time>
            {' · '}
            <span>{languages.get(release.language)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
